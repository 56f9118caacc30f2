using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Scanning;

/// <summary>A snapshot reader whose format records column statistics (Parquet's column chunk statistics).</summary>
public interface IStoredStatisticsSource
{
    /// <summary>
    /// The statistics of each requested column, as it would be read with its requested kind, from the
    /// file's metadata alone: no page is read. Bounds are given only for numeric, date and timestamp
    /// kinds whose stored order is the value order; anything not known exactly is null.
    /// </summary>
    /// <exception cref="SnapshotReadException">The file cannot be read, or a column is missing.</exception>
    IReadOnlyList<StoredColumnStatistics> ReadStatistics(IReadOnlyList<ColumnRequest> columns);
}
