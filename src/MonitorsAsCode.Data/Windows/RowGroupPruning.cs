using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Windows;

/// <summary>
/// Which Parquet row groups a windowed read opens: those whose stored bounds of the event-time column may hold an
/// instant of the ranges. A row group without trustworthy bounds is read (its rows are filtered exactly afterwards);
/// one whose event times are all null holds no row of any window and is skipped. Counts what it decided, for tests and
/// benchmarks.
/// </summary>
internal sealed class RowGroupPruning(ColumnRequest column, EventTimeRanges ranges)
{
    private int read;
    private int skipped;

    /// <summary>The event-time column and the kind it is read as (Timestamp or Date).</summary>
    public ColumnRequest Column => column;

    /// <summary>Row groups opened so far.</summary>
    public int Read => Volatile.Read(ref read);

    /// <summary>Row groups left unopened so far.</summary>
    public int Skipped => Volatile.Read(ref skipped);

    /// <summary>Whether a row group with these stored facts must be opened, and counts the decision.</summary>
    /// <param name="allNull">Whether the row group's event times are known to be all null.</param>
    /// <param name="minimum">The smallest event time when known exactly (microseconds, or days for a date column).</param>
    /// <param name="maximum">The largest event time when known exactly.</param>
    public bool Keep(bool allNull, long? minimum, long? maximum)
    {
        bool keep;
        if (allNull)
        {
            keep = false;
        }
        else if (minimum is { } low && maximum is { } high)
        {
            keep = column.Kind == Columns.ColumnKind.Date
                ? ranges.Overlaps(low * 86_400_000_000, ((high + 1) * 86_400_000_000) - 1)
                : ranges.Overlaps(low, high);
        }
        else
        {
            keep = true;
        }

        Interlocked.Increment(ref keep ? ref read : ref skipped);
        return keep;
    }
}
