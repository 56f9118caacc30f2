using System.Buffers;
using System.Globalization;
using Microsoft.Win32.SafeHandles;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Reads a Parquet snapshot with the project's own managed decoder: flat columns (required or
/// optional; nested and repeated fields are refused by name when requested), data pages v1 and
/// v2, the PLAIN, dictionary, RLE, DELTA_* and BYTE_STREAM_SPLIT encodings, and the UNCOMPRESSED,
/// SNAPPY, GZIP, BROTLI, LZ4, LZ4_RAW and ZSTD codecs (ZSTD through ZstdSharp, a managed port of the reference decoder).
/// </summary>
/// <remarks>
/// <para>
/// Only the requested columns' chunks are read and decompressed. Row groups are decoded in
/// parallel and returned in file order, in batches of at most 65,536 rows that never span row
/// groups. Page checksums are verified when the writer recorded them.
/// </para>
/// <para>
/// Natural kinds: BOOLEAN → Bool; integers of any width and sign, and TIME (as microseconds since
/// midnight) → Int64; DATE → Date; TIMESTAMP (any unit, UTC-adjusted or not) and legacy INT96 →
/// Timestamp in microseconds (nanoseconds floored); FLOAT, DOUBLE, FLOAT16 and DECIMAL (nearest
/// double) → Double; STRING, ENUM and JSON → String; UUID → String in 8-4-4-4-12 form; other
/// binary → String in base64. A column may also be read as Double when it holds integers, and as
/// String always (the invariant text of each value); other casts are refused.
/// </para>
/// <para>Errors name the file, the column and, where known, the 0-based row group and page and the page's byte offset.</para>
/// </remarks>
public sealed class ParquetSnapshotReader : ISnapshotReader, IColumnScanner, IStoredStatisticsSource
{
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>A reader of the Parquet file at <paramref name="path"/>; the file is opened on each read.</summary>
    public ParquetSnapshotReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The Parquet reader needs a little-endian processor.");
        }

        Path = path;
    }

    /// <inheritdoc />
    public string Path { get; }

    /// <summary>
    /// The file's flat columns in file order, each with its natural kind, and its nested fields (structs, lists,
    /// maps, repeated fields) in <see cref="SnapshotSchema.NestedFields"/> with their shape; those are listed, not read.
    /// </summary>
    /// <exception cref="SnapshotReadException">The file is missing, not Parquet, or its footer is corrupt or inconsistent.</exception>
    public SnapshotSchema ReadSchema()
    {
        using var handle = Open();
        return ParquetFooter.Read(handle, Path).Schema.ToSnapshotSchema();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Missing, nested and uncastable columns are reported when this is called; problems in the
    /// pages as the batches are enumerated.
    /// </remarks>
    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var (footer, plans) = Prepare(columns);
        return ReadRowGroups(footer, plans, null, progress, cancellationToken);
    }

    /// <summary>
    /// Reads the requested columns of only the row groups <paramref name="pruning"/> keeps, by the stored bounds of its
    /// event-time column (which must be in the file).
    /// </summary>
    internal IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, Windows.RowGroupPruning pruning, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var (footer, plans) = Prepare(columns);
        var timeColumn = Plan(footer.Schema, pruning.Column).Column;
        var keep = new bool[footer.MetaData.RowGroups.Count];
        for (var i = 0; i < keep.Length; i++)
        {
            var (allNull, minimum, maximum) = StoredStatistics.RowGroupBounds(footer.MetaData, timeColumn, pruning.Column.Kind, i);
            keep[i] = footer.MetaData.RowGroups[i].NumRows > 0 && pruning.Keep(allNull, minimum, maximum);
        }

        return ReadRowGroups(footer, plans, keep, progress, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Row groups are scanned in parallel, each column chunk into its own accumulator, and merged in
    /// row-group order. Only what the accumulators need is decoded: nulls are counted from the
    /// definition levels, and text stored as a dictionary is handed over as codes.
    /// </remarks>
    public void Scan(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<ColumnAccumulator> accumulators, CancellationToken cancellationToken = default) =>
        ScanFrom(columns, accumulators, 0, cancellationToken);

    /// <summary>
    /// <see cref="Scan"/> for a file whose first row is row <paramref name="firstRow"/> of a larger snapshot (a part of a
    /// partitioned one); returns the file's row count.
    /// </summary>
    internal long ScanFrom(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<ColumnAccumulator> accumulators, long firstRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(accumulators);
        if (columns.Count != accumulators.Count)
        {
            throw new ArgumentException("One accumulator per column is needed.", nameof(accumulators));
        }

        var (footer, plans) = Prepare(columns);

        var rowGroups = footer.MetaData.RowGroups;
        var starts = new long[rowGroups.Count];
        var rows = firstRow;
        for (var index = 0; index < rowGroups.Count; index++)
        {
            starts[index] = rows;
            rows += Math.Max(0, rowGroups[index].NumRows);
        }

        var parts = new ColumnAccumulator[rowGroups.Count][];
        var errors = new SnapshotReadException?[rowGroups.Count];
        using (var handle = Open())
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
            Parallel.For(0, rowGroups.Count, options, index =>
            {
                try
                {
                    parts[index] = ScanRowGroup(handle, footer, index, starts[index], plans, accumulators, cancellationToken);
                }
                catch (SnapshotReadException error)
                {
                    errors[index] = error;
                }
            });
        }

        // The earliest row group's error wins, so the message does not depend on thread timing.
        foreach (var error in errors)
        {
            if (error is not null)
            {
                throw error;
            }
        }

        foreach (var part in parts)
        {
            for (var i = 0; i < accumulators.Count; i++)
            {
                accumulators[i].Merge(part[i]);
            }
        }

        return rows - firstRow;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Sums the column chunks' statistics: see <see cref="StoredColumnStatistics"/> for when they are
    /// trusted. Bounds come only from the current <c>min_value</c>/<c>max_value</c> fields with the
    /// footer's TYPE_ORDER, never from the deprecated signed-order <c>min</c>/<c>max</c>.
    /// </remarks>
    public IReadOnlyList<StoredColumnStatistics> ReadStatistics(IReadOnlyList<ColumnRequest> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ParquetFooter footer;
        using (var handle = Open())
        {
            footer = ParquetFooter.Read(handle, Path);
        }

        var statistics = new StoredColumnStatistics[columns.Count];
        for (var i = 0; i < statistics.Length; i++)
        {
            var plan = Plan(footer.Schema, columns[i]);
            statistics[i] = StoredStatistics.For(footer.MetaData, plan.Column, columns[i].Kind);
        }

        return statistics;
    }

    /// <summary>The footer, and a read plan for each requested column (missing and uncastable columns are refused here).</summary>
    private (ParquetFooter Footer, ColumnReadPlan[] Plans) Prepare(IReadOnlyList<ColumnRequest> columns)
    {
        ParquetFooter footer;
        using (var handle = Open())
        {
            footer = ParquetFooter.Read(handle, Path);
        }

        var plans = new ColumnReadPlan[columns.Count];
        for (var i = 0; i < plans.Length; i++)
        {
            plans[i] = Plan(footer.Schema, columns[i]);
        }

        return (footer, plans);
    }

    private ColumnAccumulator[] ScanRowGroup(SafeFileHandle handle, ParquetFooter footer, int index, long firstRow, ColumnReadPlan[] plans, IReadOnlyList<ColumnAccumulator> accumulators, CancellationToken cancellationToken)
    {
        var rowGroup = footer.MetaData.RowGroups[index];
        var parts = new ColumnAccumulator[plans.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = accumulators[i].CreatePart(firstRow);
        }

        if (rowGroup.NumRows != 0)
        {
            // Otherwise its column chunks hold no values either: the footer's counts agree.
            CheckRowGroup(index, rowGroup);
            for (var i = 0; i < plans.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var source = OpenChunk(handle, footer, index, rowGroup, plans[i]);
                source.Scan(parts[i]);
            }
        }

        foreach (var part in parts)
        {
            part.EndPart();
        }

        return parts;
    }

    private void CheckRowGroup(int index, RowGroup rowGroup)
    {
        // The footer's counts were checked against each other when it was read (FooterConsistency).
        if (rowGroup.NumRows > int.MaxValue)
        {
            throw new SnapshotReadException(Path, string.Create(CultureInfo.InvariantCulture, $"row group {index} has {rowGroup.NumRows} rows; at most {int.MaxValue} per row group are supported"));
        }
    }

    private ColumnReadPlan Plan(ParquetSchema schema, ColumnRequest request)
    {
        if (!Enum.IsDefined(request.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown column kind.");
        }

        var column = schema.Find(request.Name);
        if (column is null)
        {
            if (schema.FindNested(request.Name) is { } nested)
            {
                throw new SnapshotReadException(Path, "is a nested column (" + nested.Type + "); nested columns (structs, lists, maps) are not supported: only flat columns are read", column: request.Name);
            }

            throw SnapshotFile.MissingColumn(Path, request.Name, schema.ToSnapshotSchema(), "no such column in the file", "the file has");
        }

        return ColumnReadPlan.For(column, request.Kind)
            ?? throw new SnapshotReadException(Path, $"is stored as {column.TypeDescription}, read as {column.NaturalKind.ToString().ToLowerInvariant()}, and cannot be cast to {request.Kind.ToString().ToLowerInvariant()}", column: request.Name);
    }

    private IEnumerable<ColumnBatch> ReadRowGroups(ParquetFooter footer, ColumnReadPlan[] plans, bool[]? keep, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var rowGroups = footer.MetaData.RowGroups;
        long totalRows = 0;
        for (var i = 0; i < rowGroups.Count; i++)
        {
            totalRows += keep is null || keep[i] ? Math.Max(0, rowGroups[i].NumRows) : 0;
        }

        using var handle = Open();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<List<ColumnBatch>>>();
        var next = 0;
        long rowsDone = 0;
        try
        {
            while (true)
            {
                while (pending.Count < Parallelism && next < rowGroups.Count)
                {
                    var index = next++;
                    if (keep is not null && !keep[index])
                    {
                        continue;
                    }

                    pending.Enqueue(Task.Run(() => ReadRowGroup(handle, footer, index, plans, stop.Token), stop.Token));
                }

                if (pending.Count == 0)
                {
                    break;
                }

                var batches = pending.Dequeue().GetAwaiter().GetResult();
                foreach (var batch in batches)
                {
                    rowsDone += batch.RowCount;
                    yield return batch;
                }

                progress?.Report(totalRows == 0 ? 1 : Math.Min(1, (double)rowsDone / totalRows));
            }
        }
        finally
        {
            // Row groups still being read use the file handle: let them stop before it closes.
            stop.Cancel();
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Their results and errors are no longer wanted.
                }
            }
        }

        progress?.Report(1);
    }

    private List<ColumnBatch> ReadRowGroup(SafeFileHandle handle, ParquetFooter footer, int index, ColumnReadPlan[] plans, CancellationToken cancellationToken)
    {
        var rowGroup = footer.MetaData.RowGroups[index];
        var batches = new List<ColumnBatch>();
        if (rowGroup.NumRows == 0)
        {
            // Its column chunks hold no values either: the footer's counts agree.
            return batches;
        }

        CheckRowGroup(index, rowGroup);
        var sources = new IColumnChunkSource[plans.Length];
        try
        {
            for (var i = 0; i < plans.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sources[i] = OpenChunk(handle, footer, index, rowGroup, plans[i]);
            }

            var rows = (int)rowGroup.NumRows;
            for (var start = 0; start < rows; start += ColumnBuilder.MaxBatchRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(ColumnBuilder.MaxBatchRows, rows - start);
                var columns = new Column[plans.Length];
                for (var i = 0; i < columns.Length; i++)
                {
                    columns[i] = sources[i].Read(count);
                }

                batches.Add(new ColumnBatch(count, columns));
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                source?.Dispose();
            }
        }

        return batches;
    }

    private IColumnChunkSource OpenChunk(SafeFileHandle handle, ParquetFooter footer, int index, RowGroup rowGroup, ColumnReadPlan plan)
    {
        var column = plan.Column;
        var location = new ColumnChunkLocation(Path, index, column.Name);
        var chunk = rowGroup.Columns[column.LeafIndex];
        if (chunk.IsEncrypted)
        {
            throw location.Error("the column is encrypted (Parquet modular encryption), which is not supported");
        }

        if (chunk.FilePath is not null)
        {
            throw location.Error("the column chunk is stored in another file ('" + chunk.FilePath + "'), which is not supported");
        }

        var metadata = chunk.MetaData ?? throw location.Error("the column chunk has no metadata");
        if (metadata.Type != column.Physical)
        {
            throw location.Error("the column chunk's type does not match the schema's; the footer is corrupt");
        }

        if (metadata.PathInSchema.Count != 1 || metadata.PathInSchema[0] != column.Name)
        {
            throw location.Error("the column chunk's path ('" + string.Join(".", metadata.PathInSchema) + "') does not match the schema; the footer is corrupt");
        }

        if (metadata.NumValues != rowGroup.NumRows)
        {
            throw location.Error(string.Create(CultureInfo.InvariantCulture, $"the column chunk holds {metadata.NumValues} values but the row group has {rowGroup.NumRows} rows; the footer is corrupt"));
        }

        // Some writers record a dictionary page offset of 0 when there is no dictionary page.
        var start = metadata.DataPageOffset;
        if (metadata.DictionaryPageOffset is > 0 and var dictionaryOffset && dictionaryOffset < start)
        {
            start = dictionaryOffset;
        }

        var length = metadata.TotalCompressedSize;
        if (start < 4 || length <= 0 || start + length > footer.MetaDataOffset)
        {
            throw location.Error(string.Create(CultureInfo.InvariantCulture, $"the column chunk's bytes ({length} from byte {start}) lie outside the file's data; the footer is corrupt"));
        }

        if (length > Array.MaxLength)
        {
            throw location.Error("the column chunk is larger than 2 GB, which is not supported");
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            ParquetFooter.ReadExactly(handle, Path, bytes.AsSpan(0, (int)length), start);
            return plan.Open(location, bytes, (int)length, start, metadata.Codec, metadata.NumValues);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    private SafeFileHandle Open()
    {
        try
        {
            return File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SnapshotReadException(Path, "file not found", inner: error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotReadException(Path, "cannot be opened: " + error.Message, inner: error);
        }
    }
}
