using MonitorsAsCode.Engine.Events;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// A monitor's latest recorded windows, oldest first, as the report, the wiki and the terminal draw them: each window
/// with the known events over it, and a gap wherever a window with bounds starts after the previous one ended.
/// </summary>
/// <param name="MonitorId">The monitor.</param>
/// <param name="Points">The windows and gaps, oldest first.</param>
/// <param name="Total">How many windows the history holds for the monitor, shown or not.</param>
public sealed record MonitorTrend(string MonitorId, IReadOnlyList<TrendPoint> Points, int Total)
{
    /// <summary>The recorded windows shown (gaps left out).</summary>
    public int Shown => Points.Count(p => !p.IsGap);

    /// <summary>
    /// The last <paramref name="windows"/> windows <paramref name="reader"/> holds for <paramref name="monitorId"/>, with
    /// <paramref name="events"/> marked. Only reads.
    /// </summary>
    public static MonitorTrend Read(IHistoryReader reader, string monitorId, int windows, KnownEvents events)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(windows, 1);
        var all = reader.Read(monitorId, DateTimeOffset.MaxValue);
        var shown = all.Count > windows ? all.Skip(all.Count - windows).ToList() : all;
        return new MonitorTrend(monitorId, Slots(shown, events), all.Count);
    }

    /// <summary>
    /// <paramref name="entries"/> (oldest first) as trend points, a gap inserted between a window with bounds and the
    /// next one when the next starts after it ended, each point with the events of its dataset over it.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Slots(IReadOnlyList<HistoryEntry> entries, KnownEvents events)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(events);
        var points = new List<TrendPoint>(entries.Count);
        HistoryEntry? previous = null;
        foreach (var entry in entries)
        {
            if (previous is { Window.To: { } previousEnd } && entry.Window.From is { } start && start > previousEnd)
            {
                points.Add(new TrendPoint(null, previousEnd, start, events.Overlapping(entry.DatasetId, new JudgedWindow(previousEnd, start, start))));
            }

            var (from, to) = entry.Window.Key;
            points.Add(new TrendPoint(entry, from, to, events.Overlapping(entry.DatasetId, entry.Window)));
            previous = entry;
        }

        return points;
    }
}
