using System.Buffers;
using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Csv;

/// <summary>
/// Splits RFC 4180 text into records and unescaped fields. The fields of the current record are
/// views into one reused buffer, valid until the next <see cref="TryReadRecord"/>; nothing is
/// allocated per field.
/// </summary>
internal sealed class CsvRecordReader
{
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n");

    private readonly TextReader input;
    private readonly string path;
    private readonly int maxFields;
    private readonly int maxRecordChars;
    private readonly char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private bool endOfInput;
    private char[] record = new char[256];
    private int recordLength;
    private int[] fieldEnds = new int[16];
    private bool[] fieldQuoted = new bool[16];
    private long nextLine = 1;

    /// <summary>
    /// Reads records of at most <paramref name="maxFields"/> fields and <paramref name="maxRecordChars"/>
    /// characters: a quote left open swallows the rest of the file into one record, and a line of commas
    /// is a header of a quarter million columns, so both stop long before memory runs out.
    /// </summary>
    public CsvRecordReader(TextReader input, string path, int maxFields = SnapshotLimits.MaxColumns, int maxRecordChars = SnapshotLimits.MaxCsvRecordChars)
    {
        this.input = input;
        this.path = path;
        this.maxFields = maxFields;
        this.maxRecordChars = maxRecordChars;
    }

    /// <summary>The header's names once read, used to name the column of a syntax error.</summary>
    public IReadOnlyList<string>? Header { get; set; }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The 1-based physical line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Whether the current record is an empty line: one unquoted, empty field.</summary>
    public bool IsBlankLine => FieldCount == 1 && !fieldQuoted[0] && fieldEnds[0] == 0;

    /// <summary>The unescaped text of field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var start = index == 0 ? 0 : fieldEnds[index - 1];
        return record.AsSpan(start, fieldEnds[index] - start);
    }

    /// <summary>Whether field <paramref name="index"/> was written in quotes.</summary>
    public bool IsQuoted(int index) => fieldQuoted[index];

    /// <summary>
    /// Reads the next record; false at the end of the input. <paramref name="row"/> is the data row
    /// the record will be (null for the header), for error messages.
    /// </summary>
    public bool TryReadRecord(long? row)
    {
        FieldCount = 0;
        recordLength = 0;
        Line = nextLine;
        if (!EnsureData())
        {
            return false;
        }

        while (true)
        {
            var quoted = buffer[position] == '"';
            if (quoted)
            {
                var fieldLine = nextLine;
                position++;
                ReadQuoted(row, fieldLine);
            }
            else
            {
                ReadUnquoted(row);
            }

            EndField(quoted);
            if (!EnsureData())
            {
                return true;
            }

            var separator = buffer[position++];
            switch (separator)
            {
                case ',':
                    if (!EnsureData())
                    {
                        // A trailing comma at the very end of the file still opens an empty last field.
                        EndField(quoted: false);
                        return true;
                    }

                    continue;
                case '\n':
                    nextLine++;
                    return true;
                case '\r':
                    if (EnsureData() && buffer[position] == '\n')
                    {
                        position++;
                    }

                    nextLine++;
                    return true;
                default:
                    throw new SnapshotReadException(
                        path,
                        "unexpected '" + separator + "' after the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\")",
                        row,
                        ColumnName(FieldCount - 1))
                    { Line = nextLine };
            }
        }
    }

    private void ReadUnquoted(long? row)
    {
        while (EnsureData())
        {
            var available = buffer.AsSpan(position, length - position);
            var stop = available.IndexOfAny(UnquotedStops);
            if (stop < 0)
            {
                Append(available, row);
                position = length;
                continue;
            }

            Append(available[..stop], row);
            position += stop;
            return;
        }
    }

    private void ReadQuoted(long? row, long fieldLine)
    {
        while (true)
        {
            if (!EnsureData())
            {
                throw new SnapshotReadException(
                    path,
                    "the file ends inside a quoted field that starts on line " + fieldLine.ToString(CultureInfo.InvariantCulture)
                        + " — is the file truncated, or a closing quote missing?",
                    row,
                    ColumnName(FieldCount))
                { Line = Line };
            }

            var available = buffer.AsSpan(position, length - position);
            var stop = available.IndexOfAny(QuotedStops);
            if (stop < 0)
            {
                Append(available, row);
                position = length;
                continue;
            }

            Append(available[..stop], row);
            position += stop + 1;
            if (available[stop] == '\n')
            {
                Append("\n", row);
                nextLine++;
                continue;
            }

            if (EnsureData() && buffer[position] == '"')
            {
                Append("\"", row);
                position++;
                continue;
            }

            return;
        }
    }

    private string? ColumnName(int field) =>
        Header is { } header && field >= 0 && field < header.Count ? header[field] : null;

    private void Append(ReadOnlySpan<char> text, long? row)
    {
        if (recordLength + text.Length > record.Length)
        {
            var needed = recordLength + text.Length;
            if (needed > maxRecordChars)
            {
                var size = maxRecordChars % (1024 * 1024) == 0
                    ? (maxRecordChars / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " Mi"
                    : maxRecordChars.ToString(CultureInfo.InvariantCulture);
                throw new SnapshotReadException(
                    path,
                    "the record is longer than " + size + " characters — is a closing quote missing?",
                    row,
                    ColumnName(FieldCount))
                { Line = Line };
            }

            Array.Resize(ref record, Math.Min(maxRecordChars, Math.Max(needed, record.Length * 2)));
        }

        text.CopyTo(record.AsSpan(recordLength));
        recordLength += text.Length;
    }

    private void EndField(bool quoted)
    {
        if (FieldCount == maxFields)
        {
            throw new SnapshotReadException(
                path,
                "the " + (Header is null ? "header" : "record") + " has more than " + maxFields.ToString(CultureInfo.InvariantCulture)
                    + " fields, the most a CSV snapshot may have" + (Header is null ? " as columns — is it a CSV file at all?" : string.Empty))
            { Line = Line };
        }

        if (FieldCount == fieldEnds.Length)
        {
            Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
            Array.Resize(ref fieldQuoted, fieldQuoted.Length * 2);
        }

        fieldEnds[FieldCount] = recordLength;
        fieldQuoted[FieldCount] = quoted;
        FieldCount++;
    }

    private bool EnsureData()
    {
        if (position < length)
        {
            return true;
        }

        if (endOfInput)
        {
            return false;
        }

        try
        {
            length = input.Read(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            // Everything before the invalid byte has been read, so the line counted so far is its line.
            throw new SnapshotReadException(path, "the text is not valid UTF-8; CSV snapshots are UTF-8 (with or without a byte order mark)")
            {
                Line = nextLine,
            };
        }

        position = 0;
        endOfInput = length == 0;
        return !endOfInput;
    }
}
