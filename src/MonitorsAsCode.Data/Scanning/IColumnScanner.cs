using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Scanning;

/// <summary>
/// A snapshot reader that can feed accumulators straight from its storage, without building
/// batches: the Parquet reader decodes row groups in parallel into pooled buffers and hands
/// dictionary-encoded text over as codes.
/// </summary>
public interface IColumnScanner
{
    /// <summary>
    /// Feeds every row of each requested column to the accumulator at the same position: each
    /// part of the snapshot goes to its own <see cref="ColumnAccumulator.CreateEmpty"/> copy, and the
    /// parts are merged into <paramref name="accumulators"/> in file order.
    /// </summary>
    /// <exception cref="SnapshotReadException">A column is missing, cannot be cast, or its data is corrupt.</exception>
    void Scan(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<ColumnAccumulator> accumulators, CancellationToken cancellationToken = default);
}
