using System.Globalization;

namespace MonitorsAsCode.Data.Windows;

/// <summary>
/// The instants a windowed read keeps: one or more half-open ranges <c>[from, to)</c> of event time, in microseconds
/// since the Unix epoch (UTC), sorted and merged so that no two overlap or touch. An event exactly at a range's end
/// belongs to the next range, never to this one.
/// </summary>
public sealed class EventTimeRanges
{
    private const long MicrosecondsPerDay = 86_400_000_000;
    private readonly (long From, long To)[] ranges;

    private EventTimeRanges((long From, long To)[] ranges)
    {
        this.ranges = ranges;
    }

    /// <summary>The merged ranges, earliest first.</summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Ranges =>
        [.. ranges.Select(r => (DateTimeOffset.UnixEpoch.AddTicks(r.From * 10), DateTimeOffset.UnixEpoch.AddTicks(r.To * 10)))];

    /// <summary>Whether no instant is kept.</summary>
    public bool IsEmpty => ranges.Length == 0;

    /// <summary>The ranges <paramref name="spans"/>, merged; empty ranges (<c>to &lt;= from</c>) are left out.</summary>
    public static EventTimeRanges Of(IEnumerable<(DateTimeOffset From, DateTimeOffset To)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sorted = spans.Select(s => (From: Micros(s.From), To: Micros(s.To))).Where(s => s.To > s.From).OrderBy(s => s.From).ToList();
        var merged = new List<(long From, long To)>();
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.From <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, span.To));
            }
            else
            {
                merged.Add(span);
            }
        }

        return new EventTimeRanges([.. merged]);
    }

    /// <summary>The one range <c>[from, to)</c>.</summary>
    public static EventTimeRanges Of(DateTimeOffset from, DateTimeOffset to) => Of([(from, to)]);

    /// <summary>Whether the instant <paramref name="microseconds"/> lies in a range.</summary>
    public bool Contains(long microseconds)
    {
        // Few ranges (one, or a season's weeks): a linear look is fastest.
        foreach (var (from, to) in ranges)
        {
            if (microseconds < from)
            {
                return false;
            }

            if (microseconds < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the day <paramref name="days"/> since the epoch (a date column's value, read as its midnight UTC) lies in a range.</summary>
    public bool ContainsDay(long days) => Contains(days * MicrosecondsPerDay);

    /// <summary>Whether some instant in <c>[minimum, maximum]</c> (both inclusive, microseconds) lies in a range.</summary>
    public bool Overlaps(long minimum, long maximum)
    {
        foreach (var (from, to) in ranges)
        {
            if (minimum < to && maximum >= from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some instant in <c>[from, to)</c> lies in a range.</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => to > from && Overlaps(Micros(from), Micros(to) - 1);

    /// <summary>The ranges as <c>[from, to)</c> text, for messages: <c>[2026-08-01T00:00:00Z, 2026-08-02T00:00:00Z)</c>.</summary>
    public override string ToString() =>
        ranges.Length == 0 ? "no time" : string.Join(", ", Ranges.Select(r => "[" + Format(r.From) + ", " + Format(r.To) + ")"));

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static long Micros(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
