using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A freshness monitor's newest event at or before the as-of instant, and the events after it (counted, the latest
/// kept), in microseconds since the epoch. A date's events may run until the end of that day, so a date counts from
/// the next midnight, and is after the as-of instant only when its day starts after it.
/// </summary>
internal sealed class NewestEventAccumulator(string column, ColumnKind kind, Int128 asOfMicroseconds) : ColumnFedAccumulator
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    private readonly Feed root = new(kind, asOfMicroseconds);

    public override IReadOnlyList<string> Columns => [column];

    public override IReadOnlyList<ColumnAccumulator> Feeds => [root];

    public Int128? Newest => root.Newest;

    public Int128? LatestFuture => root.LatestFuture;

    public long Future => root.Future;

    /// <summary>Set when the column is neither a timestamp nor a date.</summary>
    public bool NotTemporal => kind is not (ColumnKind.Timestamp or ColumnKind.Date);

    private sealed class Feed(ColumnKind kind, Int128 asOfMicroseconds) : ColumnAccumulator
    {
        public Int128? Newest { get; private set; }

        public Int128? LatestFuture { get; private set; }

        public long Future { get; private set; }

        public override bool NeedsValues => kind is ColumnKind.Timestamp or ColumnKind.Date;

        public override ColumnAccumulator CreateEmpty() => new Feed(kind, asOfMicroseconds);

        public override void Merge(ColumnAccumulator other)
        {
            var part = (Feed)other;
            Future += part.Future;
            if (part.Newest is { } newest && (Newest is null || newest > Newest))
            {
                Newest = newest;
            }

            if (part.LatestFuture is { } latest && (LatestFuture is null || latest > LatestFuture))
            {
                LatestFuture = latest;
            }
        }

        public override void AddNulls(long count)
        {
        }

        public override void AddSkippedValues(long count)
        {
        }

        public override void AddInt64s(ReadOnlySpan<long> values)
        {
            // Timestamps, in microseconds: the newest is the largest at or before the as-of instant.
            foreach (var value in values)
            {
                Count(value, value);
            }
        }

        public override void AddInt32s(ReadOnlySpan<int> values)
        {
            foreach (var day in values)
            {
                Int128 start = (Int128)day * MicrosecondsPerDay;
                Count(start, start + MicrosecondsPerDay);
            }
        }

        private void Count(Int128 start, Int128 end)
        {
            if (start > asOfMicroseconds)
            {
                Future++;
                if (LatestFuture is null || end > LatestFuture)
                {
                    LatestFuture = end;
                }

                return;
            }

            if (Newest is null || end > Newest)
            {
                Newest = end;
            }
        }
    }
}
