using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Baselines;

/// <summary>
/// A monitor's history laid out on the grid of windows before the judged one: slot 1 is the window just before it,
/// slot 2 the one before that, and so on, one <see cref="Step"/> apart. A slot no entry fills is a gap.
/// </summary>
/// <remarks>
/// An entry lands in the slot nearest to (end of the judged window − end of the entry) / step, so a run over whole
/// snapshots recorded a few minutes late each day still lands in its day. When two entries land in one slot, the
/// later-ending one is kept.
/// </remarks>
public sealed class PastWindows
{
    private readonly Dictionary<int, HistoryEntry> slots = [];

    private PastWindows(JudgedWindow current, TimeSpan step, IReadOnlyList<HistoryEntry> entries)
    {
        Current = current;
        Step = step;
        var end = current.To ?? current.AsOf;
        foreach (var entry in entries)
        {
            var entryEnd = entry.Window.To ?? entry.Window.AsOf;
            var slot = (int)Math.Round((end - entryEnd).Ticks / (double)step.Ticks, MidpointRounding.AwayFromZero);
            if (slot < 1 || entry.Window.Key == current.Key)
            {
                continue;
            }

            if (!slots.TryGetValue(slot, out var kept) || (kept.Window.To ?? kept.Window.AsOf) < entryEnd)
            {
                slots[slot] = entry;
            }
        }
    }

    /// <summary>The window being judged.</summary>
    public JudgedWindow Current { get; }

    /// <summary>The length of one window: the judged window's length, or one day for a run over whole snapshots.</summary>
    public TimeSpan Step { get; }

    /// <summary>The most recent recorded window, whatever lies between it and the judged one; null when none.</summary>
    public HistoryEntry? Latest
    {
        get
        {
            HistoryEntry? latest = null;
            var nearest = int.MaxValue;
            foreach (var pair in slots)
            {
                if (pair.Key < nearest)
                {
                    nearest = pair.Key;
                    latest = pair.Value;
                }
            }

            return latest;
        }
    }

    /// <summary>The step of windows for <paramref name="current"/>: its length when bounded, else one day.</summary>
    public static TimeSpan StepOf(JudgedWindow current) =>
        current is { From: { } from, To: { } to } && to > from ? to - from : TimeSpan.FromDays(1);

    /// <summary>
    /// Reads <paramref name="monitorId"/>'s entries that ended by the judged window's start, over the last
    /// <paramref name="slots"/> windows.
    /// </summary>
    public static PastWindows Read(IHistoryReader reader, string monitorId, JudgedWindow current, int slots)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var step = StepOf(current);
        var start = current.From ?? current.AsOf;
        var since = (current.To ?? current.AsOf) - TimeSpan.FromTicks(step.Ticks * (slots + 1));
        return new PastWindows(current, step, reader.Read(monitorId, start, since));
    }

    /// <summary>The entry in <paramref name="slot"/> (1 = the window just before the judged one); null for a gap.</summary>
    public HistoryEntry? At(int slot) => slots.TryGetValue(slot, out var entry) ? entry : null;

    /// <summary>The start of the window in <paramref name="slot"/>, recorded or not, for messages.</summary>
    public DateTimeOffset StartOf(int slot) => (Current.To ?? Current.AsOf) - TimeSpan.FromTicks(Step.Ticks * (slot + 1));
}
