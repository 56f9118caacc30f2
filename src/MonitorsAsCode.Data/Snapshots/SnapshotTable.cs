using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// A whole snapshot's requested columns in memory, one contiguous column each: the shape the
/// checks of the spine evaluate over. Built by <see cref="Load"/> from a reader's batches.
/// </summary>
public sealed class SnapshotTable
{
    private readonly Dictionary<string, Column> columns;

    /// <summary>A table of <paramref name="rowCount"/> rows.</summary>
    public SnapshotTable(string path, SnapshotSchema schema, long rowCount, IReadOnlyList<Column> columns)
    {
        Path = path;
        Schema = schema;
        RowCount = rowCount;
        this.columns = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            this.columns[column.Name] = column;
        }
    }

    /// <summary>The snapshot's path.</summary>
    public string Path { get; }

    /// <summary>The snapshot's own schema (all its columns, not only those read).</summary>
    public SnapshotSchema Schema { get; }

    /// <summary>Number of rows in the snapshot.</summary>
    public long RowCount { get; }

    /// <summary>The column with this name.</summary>
    /// <exception cref="KeyNotFoundException">It was not read.</exception>
    public Column this[string name] => columns.TryGetValue(name, out var column)
        ? column
        : throw new KeyNotFoundException($"Column '{name}' was not read from {Path}.");

    /// <summary>Whether the column was read.</summary>
    public bool Contains(string name) => columns.ContainsKey(name);

    /// <summary>Reads all batches of <paramref name="reader"/> and concatenates each requested column.</summary>
    public static SnapshotTable Load(ISnapshotReader reader, IReadOnlyList<ColumnRequest> requests, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(requests);
        var schema = reader.ReadSchema();
        var batches = new List<ColumnBatch>();
        long rows = 0;
        foreach (var batch in reader.ReadBatches(requests, progress, cancellationToken))
        {
            batches.Add(batch);
            rows += batch.RowCount;
        }

        if (rows > int.MaxValue)
        {
            throw new SnapshotReadException(reader.Path, $"has {rows} rows; in-memory evaluation holds at most {int.MaxValue} rows per snapshot.");
        }

        var merged = new List<Column>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            merged.Add(ColumnConcatenation.Concatenate(requests[i], batches, i, (int)rows));
        }

        return new SnapshotTable(reader.Path, schema, rows, merged);
    }
}
