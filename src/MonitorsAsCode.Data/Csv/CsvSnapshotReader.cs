using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Csv;

/// <summary>
/// Reads a CSV snapshot (RFC 4180): a header row of column names, then one record per row,
/// comma-separated, fields optionally in double quotes (<c>""</c> for a quote inside; commas and
/// line breaks allowed inside), LF or CRLF line ends, UTF-8 with or without a byte order mark.
/// </summary>
/// <remarks>
/// An unquoted empty field is null. A quoted empty field (<c>""</c>) is the empty string in a
/// String column and null otherwise. Values are cast with the invariant culture. Every row is
/// checked for its field count, but only the requested columns are converted. An empty line in a
/// file of more than one column is skipped; in a one-column file it is a null.
/// </remarks>
public sealed class CsvSnapshotReader : ISnapshotReader
{
    /// <summary>A reader of the CSV file at <paramref name="path"/>; the file is opened on each read.</summary>
    public CsvSnapshotReader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
    }

    /// <inheritdoc />
    public string Path { get; }

    /// <summary>The header's names in file order; CSV carries no types, so every kind is null.</summary>
    /// <exception cref="SnapshotReadException">The file is missing, empty or has a duplicate name.</exception>
    public SnapshotSchema ReadSchema()
    {
        if (schema is not null)
        {
            return schema;
        }

        using var stream = SnapshotFile.OpenRead(Path);
        using var text = new StrictUtf8Reader(stream);
        schema = ReadHeader(new CsvRecordReader(text, Path));
        return schema;
    }

    // The header is read once per reader; the row scan re-reads it only to position the stream.
    private SnapshotSchema? schema;

    /// <inheritdoc />
    /// <remarks>
    /// Missing columns are reported when this is called; problems in the rows as the batches are
    /// enumerated. Batches hold up to 65,536 rows.
    /// </remarks>
    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var requests = new ColumnRequest[columns.Count];
        for (var i = 0; i < requests.Length; i++)
        {
            requests[i] = columns[i];
        }

        Resolve(ReadSchema(), requests);
        return ReadRows(requests, progress, cancellationToken);
    }

    private IEnumerable<ColumnBatch> ReadRows(ColumnRequest[] requests, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var stream = SnapshotFile.OpenRead(Path);
        using var text = new StrictUtf8Reader(stream);
        var records = new CsvRecordReader(text, Path);
        var schema = ReadHeader(records);
        var sources = Resolve(schema, requests);
        var builders = new ColumnBuilder[requests.Length];
        for (var i = 0; i < builders.Length; i++)
        {
            builders[i] = new ColumnBuilder(requests[i]);
        }

        var width = schema.Fields.Count;
        long row = 0;
        var rowsInBatch = 0;
        while (records.TryReadRecord(row + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (records.FieldCount != width)
            {
                if (records.IsBlankLine)
                {
                    continue;
                }

                throw FieldCountMismatch(records, row + 1, width);
            }

            row++;
            for (var i = 0; i < builders.Length; i++)
            {
                Convert(records, sources[i], builders[i], row);
            }

            if (++rowsInBatch == ColumnBuilder.MaxBatchRows)
            {
                yield return Flush(builders, rowsInBatch);
                rowsInBatch = 0;
                progress?.Report(SnapshotFile.Fraction(stream));
            }
        }

        if (rowsInBatch > 0)
        {
            yield return Flush(builders, rowsInBatch);
        }

        progress?.Report(1);
    }

    private void Convert(CsvRecordReader records, int source, ColumnBuilder builder, long row)
    {
        var field = records.Field(source);
        if (field.IsEmpty)
        {
            if (builder.Kind == ColumnKind.String && records.IsQuoted(source))
            {
                builder.AppendString(field);
            }
            else
            {
                builder.AppendNull();
            }

            return;
        }

        if (!builder.TryAppendText(field))
        {
            throw new SnapshotReadException(
                Path,
                "cannot be read as " + builder.Kind.ToString().ToLowerInvariant() + "; " + InvariantValueParser.Expectation(builder.Kind),
                row,
                builder.Request.Name,
                field.ToString())
            { Line = records.Line };
        }
    }

    private static ColumnBatch Flush(ColumnBuilder[] builders, int rows)
    {
        var columns = new Column[builders.Length];
        for (var i = 0; i < builders.Length; i++)
        {
            columns[i] = builders[i].Build();
        }

        return new ColumnBatch(rows, columns);
    }

    private SnapshotReadException FieldCountMismatch(CsvRecordReader records, long row, int width)
    {
        var count = records.FieldCount;
        var hint = count < width
            ? " — is the file truncated, or a line break inside a value missing its quotes?"
            : " — does a value contain a comma without quotes around it?";
        var message = string.Create(CultureInfo.InvariantCulture, $"the row has {count} {(count == 1 ? "field" : "fields")} but the header has {width}{hint}");
        return new SnapshotReadException(Path, message, row) { Line = records.Line };
    }

    private SnapshotSchema ReadHeader(CsvRecordReader records)
    {
        if (!records.TryReadRecord(row: null))
        {
            throw new SnapshotReadException(Path, "the file is empty; a CSV snapshot starts with a header row naming its columns");
        }

        var fields = new SnapshotField[records.FieldCount];
        var names = new string[fields.Length];
        var positions = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = records.Field(i).ToString();
            if (!positions.TryAdd(name, i))
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"the header names this column twice (fields {positions[name] + 1} and {i + 1}); column names must be unique");
                throw new SnapshotReadException(Path, message, column: name) { Line = records.Line };
            }

            names[i] = name;
            fields[i] = new SnapshotField(name, null);
        }

        records.Header = names;
        return new SnapshotSchema(fields);
    }

    private int[] Resolve(SnapshotSchema schema, ColumnRequest[] requests)
    {
        // Header names are unique (checked when read); a dictionary keeps a profile of every one of
        // 16,384 columns from comparing each request with each name.
        var positions = new Dictionary<string, int>(schema.Fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            positions[schema.Fields[i].Name] = i;
        }

        var sources = new int[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            sources[i] = positions.TryGetValue(requests[i].Name, out var position) ? position : -1;
            if (sources[i] < 0)
            {
                throw SnapshotFile.MissingColumn(Path, requests[i].Name, schema, "no such column in the header", "the header has");
            }
        }

        return sources;
    }
}
