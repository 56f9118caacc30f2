using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A freshness monitor's newest event at or before the as-of instant, and the events after it (counted, the latest
/// kept), in microseconds since the epoch. A date's events may run until the end of that day, so a date counts from
/// the next midnight, and is after the as-of instant only when its day starts after it.
/// </summary>
internal sealed class NewestEventAccumulator(string column, Int128 asOfMicroseconds) : BatchAccumulator
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    public override IReadOnlyList<string> Columns => [column];

    public Int128? Newest { get; private set; }

    public Int128? LatestFuture { get; private set; }

    public long Future { get; private set; }

    /// <summary>Set when the column is neither a timestamp nor a date.</summary>
    public bool NotTemporal { get; private set; }

    public override BatchAccumulator CreateEmpty() => new NewestEventAccumulator(column, asOfMicroseconds);

    public override void Add(ColumnBatch batch, long firstRow)
    {
        switch (batch[column])
        {
            case TimestampColumn timestamps:
                for (var i = 0; i < timestamps.Length; i++)
                {
                    if (timestamps.Valid[i])
                    {
                        Count(timestamps.Microseconds[i], timestamps.Microseconds[i]);
                    }
                }

                break;
            case DateColumn dates:
                for (var i = 0; i < dates.Length; i++)
                {
                    if (dates.Valid[i])
                    {
                        Int128 start = (Int128)dates.Days[i] * MicrosecondsPerDay;
                        Count(start, start + MicrosecondsPerDay);
                    }
                }

                break;
            default:
                NotTemporal = true;
                break;
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (NewestEventAccumulator)later;
        NotTemporal |= other.NotTemporal;
        Future += other.Future;
        if (other.Newest is { } newest && (Newest is null || newest > Newest))
        {
            Newest = newest;
        }

        if (other.LatestFuture is { } latest && (LatestFuture is null || latest > LatestFuture))
        {
            LatestFuture = latest;
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
