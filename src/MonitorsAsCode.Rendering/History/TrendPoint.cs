using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// One slot of a monitor's trend: a recorded window, or a gap between two recorded windows where nothing was recorded
/// (a missing day is shown as missing, never as a pass), with the known events that overlap it.
/// </summary>
/// <param name="Entry">The recorded entry, or null for a gap.</param>
/// <param name="Start">Where the slot starts: the window's key start, or the end of the window before a gap.</param>
/// <param name="End">Where the slot ends: the window's key end, or the start of the window after a gap.</param>
/// <param name="Events">The known events of the monitor's dataset that overlap the slot, in declaration order.</param>
public sealed record TrendPoint(HistoryEntry? Entry, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<KnownEventDefinition> Events)
{
    /// <summary>Whether nothing was recorded for this slot.</summary>
    public bool IsGap => Entry is null;

    /// <summary>
    /// The slot as people read it: <c>2026-10-01</c> for one whole UTC day, <c>2026-10-01 to 2026-10-03</c> for whole days
    /// (the last one included, as events are written), <c>as of …</c> for a run over whole snapshots, else both instants.
    /// </summary>
    public string Describe()
    {
        if (Entry is { Window: { From: null, To: null } window })
        {
            return "as of " + EventInstant.Format(window.AsOf);
        }

        if (Start.UtcDateTime.TimeOfDay == TimeSpan.Zero && End.UtcDateTime.TimeOfDay == TimeSpan.Zero && End > Start)
        {
            var last = End.AddDays(-1);
            return last == Start ? Date(Start) : Date(Start) + " to " + Date(last);
        }

        return EventInstant.Format(Start) + " to " + EventInstant.Format(End);
    }

    private static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
