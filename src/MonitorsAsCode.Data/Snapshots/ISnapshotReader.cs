namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// Reads one snapshot (a file, or a set of files for partitioned formats) as typed columnar batches.
/// Readers decode only the requested columns. Any problem with the data — a missing or truncated
/// file, a value that does not cast — is a <see cref="SnapshotReadException"/> naming where it is.
/// </summary>
public interface ISnapshotReader
{
    /// <summary>The path the reader was opened on, as given.</summary>
    string Path { get; }

    /// <summary>The snapshot's own description of its columns.</summary>
    SnapshotSchema ReadSchema();

    /// <summary>
    /// Reads the requested columns, cast to the requested kinds. Every requested column must exist
    /// in <see cref="ReadSchema"/>. <paramref name="progress"/>, when given, receives the fraction
    /// of the snapshot read so far (0 to 1).
    /// </summary>
    IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
