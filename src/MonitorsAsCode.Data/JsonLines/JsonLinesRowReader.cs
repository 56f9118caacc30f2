using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.JsonLines;

/// <summary>
/// Walks the objects of a JSON Lines stream, one per non-blank line, either collecting their keys
/// or casting the values of the requested keys into column builders.
/// </summary>
internal sealed class JsonLinesRowReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    private readonly Utf8LineReader lines;
    private readonly string path;
    private readonly int maxKeys;
    private char[] keyChars = new char[128];
    private char[] valueChars = new char[256];

    // Set by Project: what the row pass casts.
    private ColumnBuilder[] builders = [];
    private bool[] seen = [];
    private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> targets;
    private bool projected;

    // Set by ReadKeys: what the key pass has found.
    private List<SnapshotField>? keys;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> knownKeys;

    public JsonLinesRowReader(Stream input, string path, int maxLineBytes = SnapshotLimits.MaxJsonLineBytes, int maxKeys = SnapshotLimits.MaxColumns)
    {
        lines = new Utf8LineReader(input, path, maxLineBytes);
        this.path = path;
        this.maxKeys = maxKeys;
    }

    /// <summary>The 1-based data row last read: non-blank lines so far.</summary>
    public long Row { get; private set; }

    /// <summary>Reads every line and returns the keys in order of first appearance.</summary>
    public SnapshotSchema ReadKeys()
    {
        keys = [];
        knownKeys = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        while (TryReadLine(out var line))
        {
            ReadObject(line);
        }

        return new SnapshotSchema(keys.ToArray());
    }

    /// <summary>Sets the columns the row pass casts, in request order.</summary>
    public void Project(IReadOnlyList<ColumnRequest> requests)
    {
        builders = new ColumnBuilder[requests.Count];
        seen = new bool[requests.Count];
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            builders[i] = new ColumnBuilder(requests[i]);
            if (!byName.TryGetValue(requests[i].Name, out var indices))
            {
                indices = [];
                byName.Add(requests[i].Name, indices);
            }

            indices.Add(i);
        }

        var lookup = new Dictionary<string, int[]>(byName.Count, StringComparer.Ordinal);
        foreach (var (name, indices) in byName)
        {
            lookup.Add(name, indices.ToArray());
        }

        targets = lookup.GetAlternateLookup<ReadOnlySpan<char>>();
        projected = true;
    }

    /// <summary>Casts up to <paramref name="maxRows"/> rows into the builders; returns how many were read.</summary>
    public int ReadRows(int maxRows, CancellationToken cancellationToken)
    {
        var rows = 0;
        while (rows < maxRows && TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(seen);
            ReadObject(line);
            for (var i = 0; i < builders.Length; i++)
            {
                if (!seen[i])
                {
                    builders[i].AppendNull();
                }
            }

            rows++;
        }

        return rows;
    }

    /// <summary>The batch of the rows cast since the last call.</summary>
    public ColumnBatch Flush(int rows)
    {
        var columns = new Column[builders.Length];
        for (var i = 0; i < builders.Length; i++)
        {
            columns[i] = builders[i].Build();
        }

        return new ColumnBatch(rows, columns);
    }

    private bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (lines.TryReadLine(out line))
        {
            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') >= 0)
            {
                Row++;
                return true;
            }
        }

        return false;
    }

    private void ReadObject(ReadOnlySpan<byte> line)
    {
        if (!Utf8.IsValid(line))
        {
            throw NotUtf8(line);
        }

        var reader = new Utf8JsonReader(line, Options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("the line is " + Describe(reader.TokenType) + ", not a JSON object; each line of a JSON Lines snapshot holds one object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = Decode(ref reader, ref keyChars, column: null);
                reader.Read();
                if (keys is not null && !knownKeys.ContainsKey(key))
                {
                    if (keys.Count == maxKeys)
                    {
                        throw Error("the lines have more than " + maxKeys.ToString(CultureInfo.InvariantCulture) + " different keys, the most a JSON Lines snapshot may have as columns", key.ToString());
                    }

                    var name = key.ToString();
                    knownKeys.Dictionary.Add(name, keys.Count);
                    keys.Add(new SnapshotField(name, null));
                }

                if (projected && targets.TryGetValue(key, out var indices))
                {
                    foreach (var index in indices)
                    {
                        if (seen[index])
                        {
                            throw Error("the key appears more than once in this object", builders[index].Request.Name);
                        }

                        seen[index] = true;
                        Cast(ref reader, builders[index]);
                    }
                }

                reader.Skip();
            }

            // Reading past the object's end fails on anything but trailing whitespace.
            if (reader.Read())
            {
                throw Error("the line holds more than one JSON value; each line of a JSON Lines snapshot holds one object");
            }
        }
        catch (JsonException error)
        {
            throw InvalidJson(error);
        }
    }

    private void Cast(ref Utf8JsonReader reader, ColumnBuilder builder)
    {
        var kind = builder.Kind;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                builder.AppendNull();
                return;

            case JsonTokenType.True or JsonTokenType.False:
                var flag = reader.TokenType == JsonTokenType.True;
                if (kind == ColumnKind.Bool)
                {
                    builder.AppendBool(flag);
                }
                else if (kind == ColumnKind.String)
                {
                    builder.AppendString(flag ? "true" : "false");
                }
                else
                {
                    throw Mismatch("a JSON boolean", builder, flag ? "true" : "false");
                }

                return;

            case JsonTokenType.Number:
                CastNumber(ref reader, builder);
                return;

            case JsonTokenType.String:
                var text = Decode(ref reader, ref valueChars, builder.Request.Name);
                if (text.IsEmpty)
                {
                    // As in CSV: an empty string is a value only where text is expected.
                    if (kind == ColumnKind.String)
                    {
                        builder.AppendString(text);
                    }
                    else
                    {
                        builder.AppendNull();
                    }
                }
                else if (!builder.TryAppendText(text))
                {
                    throw Error("cannot be read as " + kind.ToString().ToLowerInvariant() + "; " + InvariantValueParser.Expectation(kind), builder.Request.Name, text.ToString());
                }

                return;

            default:
                throw Error(
                    "the value is " + Describe(reader.TokenType) + "; a column value must be a string, number, true, false or null",
                    builder.Request.Name);
        }
    }

    private void CastNumber(ref Utf8JsonReader reader, ColumnBuilder builder)
    {
        switch (builder.Kind)
        {
            case ColumnKind.Double:
                if (reader.TryGetDouble(out var number))
                {
                    builder.AppendDouble(number);
                    return;
                }

                // Beyond the double range: the text parser yields ±Infinity, as it does for CSV.
                if (builder.TryAppendText(DecodeNumber(ref reader)))
                {
                    return;
                }

                break;

            case ColumnKind.Int64:
                if (reader.TryGetInt64(out var integer))
                {
                    builder.AppendInt64(integer);
                    return;
                }

                // 3.0 and 1e3 are integral too; writers such as Python's json emit them for whole floats.
                if (reader.TryGetDecimal(out var exact) && exact == decimal.Truncate(exact) && exact >= long.MinValue && exact <= long.MaxValue)
                {
                    builder.AppendInt64((long)exact);
                    return;
                }

                throw Error("a JSON number that is not a whole number in the Int64 range cannot be read as int64", builder.Request.Name, DecodeNumber(ref reader).ToString());

            case ColumnKind.String:
                builder.AppendString(DecodeNumber(ref reader));
                return;
        }

        throw Mismatch("a JSON number", builder, DecodeNumber(ref reader).ToString());
    }

    private SnapshotReadException Mismatch(string found, ColumnBuilder builder, string value) =>
        Error(found + " cannot be read as " + builder.Kind.ToString().ToLowerInvariant() + "; " + InvariantValueParser.Expectation(builder.Kind), builder.Request.Name, value);

    private SnapshotReadException InvalidJson(JsonException error)
    {
        // The reader's own position text counts lines from 0 within one line; give ours instead.
        var detail = error.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            detail = detail[..cut];
        }

        // Advice meant for the programmer configuring the parser, not for the author of the file.
        detail = detail.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);

        if (error.BytePositionInLine is { } column)
        {
            detail += " (at byte " + (column + 1).ToString(CultureInfo.InvariantCulture) + " of the line)";
        }

        var hint = lines.LineWasTerminated ? string.Empty : " — the last line is cut short; is the file truncated?";
        return new SnapshotReadException(path, "the line is not valid JSON: " + detail + hint, Row, inner: error) { Line = lines.LineNumber };
    }

    private SnapshotReadException Error(string message, string? column = null, string? value = null) =>
        new(path, message, Row, column, value) { Line = lines.LineNumber };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "a nested JSON object",
        JsonTokenType.StartArray => "a JSON array",
        JsonTokenType.String => "a JSON string",
        JsonTokenType.Number => "a JSON number",
        JsonTokenType.True or JsonTokenType.False => "a JSON boolean",
        JsonTokenType.Null => "JSON null",
        _ => "not a JSON value",
    };

    private ReadOnlySpan<char> Decode(ref Utf8JsonReader reader, ref char[] chars, string? column)
    {
        // Unescaped text never has more chars than its UTF-8 bytes.
        var bytes = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (chars.Length < bytes)
        {
            chars = new char[Math.Max(bytes, chars.Length * 2)];
        }

        try
        {
            return chars.AsSpan(0, reader.CopyString(chars));
        }
        catch (InvalidOperationException)
        {
            // The line is valid UTF-8 (checked first), so what cannot be text is an escape such as
            // \ud800: half of a UTF-16 surrogate pair, which JSON allows and no string can hold.
            throw Error(
                (column is null ? "a key" : "a string") + " holds an escaped lone surrogate such as \\ud800 (half of a UTF-16 pair), which is not text",
                column);
        }
    }

    private SnapshotReadException NotUtf8(ReadOnlySpan<byte> line)
    {
        var offset = 0;
        while (offset < line.Length && Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        var value = offset < line.Length ? line[offset] : (byte)0;
        return Error(string.Create(
            CultureInfo.InvariantCulture,
            $"the line is not valid UTF-8: byte 0x{value:X2} at byte {offset + 1} of the line cannot start or continue a character; JSON Lines snapshots are UTF-8"));
    }

    private ReadOnlySpan<char> DecodeNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (valueChars.Length < raw.Length)
        {
            valueChars = new char[Math.Max(raw.Length, valueChars.Length * 2)];
        }

        return valueChars.AsSpan(0, Encoding.UTF8.GetChars(raw, valueChars));
    }
}
