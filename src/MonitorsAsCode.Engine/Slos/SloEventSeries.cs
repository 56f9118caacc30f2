namespace MonitorsAsCode.Engine.Slos;

/// <summary>
/// An SLO's events in time order, each good or bad, with prefix counts so that any window is
/// counted with two binary searches. Windows are left-open and right-closed, (start, end], as
/// Prometheus range selectors are: an event at exactly the as-of instant counts, one at exactly
/// the window's start does not.
/// </summary>
internal sealed class SloEventSeries
{
    private readonly long[] times;
    private readonly long[] goodBefore;

    private SloEventSeries(long[] times, long[] goodBefore, long? dataStart)
    {
        this.times = times;
        this.goodBefore = goodBefore;
        DataStartMicroseconds = dataStart;
    }

    /// <summary>Number of events.</summary>
    public int Length => times.Length;

    /// <summary>
    /// When the data starts, in microseconds since the Unix epoch (the earliest event of the snapshot,
    /// counted or not); windows that begin earlier are partial. Null when there is no data.
    /// </summary>
    public long? DataStartMicroseconds { get; }

    /// <summary>When the data starts, or null.</summary>
    public DateTimeOffset? DataStart => DataStartMicroseconds is { } start ? Data.Columns.TimestampText.ToInstant(start) ?? (start < 0 ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue) : null;

    /// <summary>
    /// A series of events at <paramref name="microseconds"/> (since the Unix epoch, any order) that are
    /// good where <paramref name="good"/> is true. <paramref name="dataStart"/> defaults to the earliest event.
    /// </summary>
    public static SloEventSeries Create(long[] microseconds, bool[] good, long? dataStart = null)
    {
        ArgumentNullException.ThrowIfNull(microseconds);
        ArgumentNullException.ThrowIfNull(good);
        if (microseconds.Length != good.Length)
        {
            throw new ArgumentException("Every event needs a time and a verdict.", nameof(good));
        }

        var times = (long[])microseconds.Clone();
        var verdicts = (bool[])good.Clone();
        Array.Sort(times, verdicts);
        var goodBefore = new long[times.Length + 1];
        for (var i = 0; i < times.Length; i++)
        {
            goodBefore[i + 1] = goodBefore[i] + (verdicts[i] ? 1 : 0);
        }

        var start = dataStart ?? (times.Length > 0 ? times[0] : null);
        return new SloEventSeries(times, goodBefore, start);
    }

    /// <summary>Good and total events in (<paramref name="after"/>, <paramref name="until"/>].</summary>
    public EventCounts Count(DateTimeOffset after, DateTimeOffset until) => Count(ToMicroseconds(after), ToMicroseconds(until));

    /// <summary>Good and total events with a time in (<paramref name="after"/>, <paramref name="until"/>], in microseconds.</summary>
    public EventCounts Count(long after, long until)
    {
        if (until <= after)
        {
            return new EventCounts(0, 0);
        }

        var from = UpperBound(after);
        var to = UpperBound(until);
        return new EventCounts(goodBefore[to] - goodBefore[from], to - from);
    }

    /// <summary>
    /// The series of time slices of length <paramref name="slice"/>, aligned to multiples of it since
    /// the Unix epoch: one event per slice that holds events, at the slice's end (so a slice counts in
    /// a window only once it is complete), good when its share of good events reaches <paramref name="target"/>.
    /// </summary>
    public SloEventSeries Slices(TimeSpan slice, double target)
    {
        var length = slice.Ticks / 10;
        if (length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slice), slice, "A time slice must be positive.");
        }

        var ends = new List<long>();
        var verdicts = new List<bool>();
        var i = 0;
        while (i < times.Length)
        {
            var index = FloorDiv(times[i], length);
            var end = (index + 1) * length;
            var j = i;
            while (j < times.Length && times[j] < end)
            {
                j++;
            }

            var total = j - i;
            var goodInSlice = goodBefore[j] - goodBefore[i];
            ends.Add(end);
            verdicts.Add((double)goodInSlice / total >= target);
            i = j;
        }

        return Create([.. ends], [.. verdicts], DataStartMicroseconds);
    }

    /// <summary>Microseconds since the Unix epoch of an instant.</summary>
    public static long ToMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The instant of microseconds since the Unix epoch.</summary>
    public static DateTimeOffset ToInstant(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * 10);

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return value % divisor < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The number of events at or before <paramref name="time"/>.</summary>
    private int UpperBound(long time)
    {
        int low = 0, high = times.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (times[middle] <= time)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
