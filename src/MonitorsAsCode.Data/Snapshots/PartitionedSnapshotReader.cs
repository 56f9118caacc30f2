using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// Reads several Parquet files (the parts of a folder or a glob) as one snapshot: the parts in the
/// order given, each part's batches in its own order.
/// </summary>
/// <remarks>
/// The schema is the first part's. When batches are read, every part's schema is checked against
/// it first: a column missing from a part, a column of another kind, or a column the first part
/// does not have is a <see cref="SnapshotReadException"/> naming that part and the column.
/// Progress is reported across parts, each weighted by its size in bytes.
/// </remarks>
public sealed class PartitionedSnapshotReader : ISnapshotReader, Scanning.IColumnScanner, Scanning.IStoredStatisticsSource
{
    private readonly ParquetSnapshotReader[] parts;

    /// <summary>A reader of the Parquet files <paramref name="parts"/> (at least one), opened as <paramref name="path"/>.</summary>
    public PartitionedSnapshotReader(string path, IReadOnlyList<string> parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("At least one part is needed.", nameof(parts));
        }

        Path = path;
        this.parts = new ParquetSnapshotReader[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            this.parts[i] = new ParquetSnapshotReader(parts[i]);
        }

        Parts = parts.ToArray();
    }

    /// <inheritdoc />
    /// <remarks>The folder or glob, as given.</remarks>
    public string Path { get; }

    /// <summary>The files read, in reading order.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>The first part's schema.</summary>
    /// <exception cref="SnapshotReadException">The first part is missing, not Parquet, or its footer is corrupt.</exception>
    public SnapshotSchema ReadSchema() => parts[0].ReadSchema();

    /// <inheritdoc />
    /// <remarks>
    /// Every part's schema, and the requested columns against the first part, are checked when
    /// this is called; problems in the pages as the batches are enumerated.
    /// </remarks>
    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        ReadBatches(columns, null, progress, cancellationToken);

    /// <summary>
    /// Reads the requested columns of every part, of only the row groups <paramref name="pruning"/> keeps when given;
    /// the parts' schemas are checked first, as for <see cref="ReadBatches(IReadOnlyList{ColumnRequest}, IProgress{double}?, CancellationToken)"/>.
    /// </summary>
    internal IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, Windows.RowGroupPruning? pruning, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var schema = parts[0].ReadSchema();
        for (var i = 1; i < parts.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckSchema(schema, parts[i]);
        }

        var sizes = new long[parts.Length];
        long total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            sizes[i] = Math.Max(1, SizeOf(parts[i].Path));
            total += sizes[i];
        }

        IEnumerable<ColumnBatch> Read(int part, IProgress<double>? partProgress) => pruning is null
            ? parts[part].ReadBatches(columns, partProgress, cancellationToken)
            : parts[part].ReadBatches(columns, pruning, partProgress, cancellationToken);

        var first = Read(0, PartProgress(progress, 0, sizes[0], total));
        return ReadParts(first, Read, sizes, total, progress, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Every part's schema is checked first, as for <see cref="ReadBatches(IReadOnlyList{ColumnRequest}, IProgress{double}?, CancellationToken)"/>; the parts are scanned in order.</remarks>
    public void Scan(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<Scanning.ColumnAccumulator> accumulators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var schema = parts[0].ReadSchema();
        for (var i = 1; i < parts.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckSchema(schema, parts[i]);
        }

        long firstRow = 0;
        foreach (var part in parts)
        {
            firstRow += part.ScanFrom(columns, accumulators, firstRow, cancellationToken);
        }
    }

    /// <inheritdoc />
    /// <remarks>The parts' statistics combined: a count or bound is known only when it is known in every part.</remarks>
    public IReadOnlyList<Scanning.StoredColumnStatistics> ReadStatistics(IReadOnlyList<ColumnRequest> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var combined = parts[0].ReadStatistics(columns).ToArray();
        for (var p = 1; p < parts.Length; p++)
        {
            var next = parts[p].ReadStatistics(columns);
            for (var i = 0; i < combined.Length; i++)
            {
                var (a, b) = (combined[i], next[i]);
                var boundsKnown = a.NullCount is { } x && b.NullCount is { } y
                    && (a.Minimum is not null || x == a.Rows) && (b.Minimum is not null || y == b.Rows);
                combined[i] = new Scanning.StoredColumnStatistics(
                    a.Name,
                    a.Rows + b.Rows,
                    a.NullCount + b.NullCount,
                    boundsKnown ? Bound(a.Minimum, b.Minimum, smaller: true) : null,
                    boundsKnown ? Bound(a.Maximum, b.Maximum, smaller: false) : null);
            }
        }

        return combined;
    }

    private static object? Bound(object? a, object? b, bool smaller)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var order = a is double x ? x.CompareTo((double)b) : ((long)a).CompareTo((long)b);
        return (order <= 0) == smaller ? a : b;
    }

    private IEnumerable<ColumnBatch> ReadParts(IEnumerable<ColumnBatch> first, Func<int, IProgress<double>?, IEnumerable<ColumnBatch>> read, long[] sizes, long total, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        long done = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batches = i == 0 ? first : read(i, PartProgress(progress, done, sizes[i], total));
            foreach (var batch in batches)
            {
                yield return batch;
            }

            done += sizes[i];
            progress?.Report(Math.Min(1, (double)done / total));
        }

        progress?.Report(1);
    }

    private static void CheckSchema(SnapshotSchema expected, ParquetSnapshotReader part)
    {
        var actual = part.ReadSchema();
        foreach (var field in expected.Fields)
        {
            var found = actual.Find(field.Name);
            if (found is null)
            {
                throw new SnapshotReadException(part.Path, "is missing from this part but present in the first part of the snapshot; every part must have the same columns", column: field.Name);
            }

            if (found.Kind != field.Kind)
            {
                throw new SnapshotReadException(part.Path, $"is {Describe(found.Kind)} in this part but {Describe(field.Kind)} in the first part of the snapshot; every part must have the same column kinds", column: field.Name);
            }
        }

        foreach (var field in actual.Fields)
        {
            if (expected.Find(field.Name) is null)
            {
                throw new SnapshotReadException(part.Path, "is in this part but not in the first part of the snapshot; every part must have the same columns", column: field.Name);
            }
        }
    }

    private static string Describe(Columns.ColumnKind? kind) => kind?.ToString() ?? "untyped";

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The part's reader reports the problem when it opens the file.
            return 1;
        }
    }

    private static IProgress<double>? PartProgress(IProgress<double>? progress, long done, long size, long total) =>
        progress is null ? null : new ScaledProgress(progress, done, size, total);

    /// <summary>Maps a part's fraction onto the whole snapshot's, synchronously.</summary>
    private sealed class ScaledProgress(IProgress<double> outer, long done, long size, long total) : IProgress<double>
    {
        public void Report(double value) =>
            outer.Report(Math.Clamp((done + (Math.Clamp(value, 0, 1) * size)) / total, 0, 1));
    }
}
