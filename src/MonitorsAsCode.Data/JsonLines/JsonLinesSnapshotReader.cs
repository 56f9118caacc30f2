using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.JsonLines;

/// <summary>
/// Reads a JSON Lines (NDJSON) snapshot: UTF-8, one JSON object per line, blank lines skipped.
/// The columns are the objects' keys, in order of first appearance over the whole file.
/// </summary>
/// <remarks>
/// A key missing from a line, or JSON null, is null. Numbers cast to Double, to Int64 when
/// integral, and to String as written; true/false to Bool and to String; strings to String and,
/// when they parse with the invariant culture, to any other kind (an empty string is null there).
/// Nested objects and arrays are an error in a requested column and ignored elsewhere.
/// </remarks>
public sealed class JsonLinesSnapshotReader : ISnapshotReader
{
    private SnapshotSchema? schema;

    /// <summary>A reader of the JSON Lines file at <paramref name="path"/>; the file is opened on each read.</summary>
    public JsonLinesSnapshotReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    /// <inheritdoc />
    public string Path { get; }

    /// <summary>
    /// The keys of all lines in order of first appearance; JSON Lines carries no types, so every
    /// kind is null. Finding them reads the whole file once; the result is kept for later calls.
    /// </summary>
    /// <exception cref="SnapshotReadException">The file is missing or a line is not a JSON object.</exception>
    public SnapshotSchema ReadSchema()
    {
        if (schema is null)
        {
            using var stream = SnapshotFile.OpenRead(Path);
            schema = new JsonLinesRowReader(stream, Path).ReadKeys();
        }

        return schema;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Missing columns and invalid lines are reported when this is called (it reads the schema);
    /// values that do not cast as the batches are enumerated. Batches hold up to 65,536 rows.
    /// </remarks>
    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var requests = new ColumnRequest[columns.Count];
        var keys = ReadSchema();
        var names = new HashSet<string>(keys.Fields.Count, StringComparer.Ordinal);
        foreach (var field in keys.Fields)
        {
            names.Add(field.Name);
        }

        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = columns[i];
            if (!names.Contains(requests[i].Name))
            {
                throw SnapshotFile.MissingColumn(Path, requests[i].Name, keys, "no line of the file has this key", "the keys are");
            }
        }

        return ReadRows(requests, progress, cancellationToken);
    }

    private IEnumerable<ColumnBatch> ReadRows(ColumnRequest[] requests, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var stream = SnapshotFile.OpenRead(Path);
        var rows = new JsonLinesRowReader(stream, Path);
        rows.Project(requests);
        while (true)
        {
            var count = rows.ReadRows(ColumnBuilder.MaxBatchRows, cancellationToken);
            if (count == 0)
            {
                break;
            }

            yield return rows.Flush(count);
            progress?.Report(SnapshotFile.Fraction(stream));
        }

        progress?.Report(1);
    }
}
