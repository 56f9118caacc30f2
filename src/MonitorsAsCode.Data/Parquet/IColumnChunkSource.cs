using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>The values of one requested column in one row group, handed out a batch of rows at a time.</summary>
internal interface IColumnChunkSource : IDisposable
{
    /// <summary>Rows not yet read.</summary>
    long Remaining { get; }

    /// <summary>The next <paramref name="rows"/> rows as a column.</summary>
    /// <exception cref="Snapshots.SnapshotReadException">The pages are corrupt or use something unsupported.</exception>
    Column Read(int rows);

    /// <summary>Feeds every remaining row of the chunk to <paramref name="accumulator"/>.</summary>
    /// <exception cref="Snapshots.SnapshotReadException">The pages are corrupt or use something unsupported.</exception>
    void Scan(Scanning.ColumnAccumulator accumulator);
}
