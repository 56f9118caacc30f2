using System.Globalization;
using System.Text;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// Writes a CSV or JSON Lines snapshot of the fuzz dataset (order_id, placed_at, amount, category) and damages
/// it: byte order marks and UTF-16, invalid UTF-8 and lone surrogates, long lines, many columns, broken
/// quoting, NaN and infinities, numbers out of range, wrong types, ragged rows, duplicate or empty headers,
/// empty files and odd line ends. Sizes stay test-host sized (lines to 2 MB, columns to 20,000).
/// </summary>
internal sealed class SnapshotTextMutator(FuzzCase fuzzCase)
{
    /// <summary>The columns the generated dataset declares, in order, with their YAML types.</summary>
    public static readonly (string Name, string Type)[] Columns = [("order_id", "string"), ("placed_at", "timestamp"), ("amount", "double"), ("category", "string")];

    private static readonly string[] OddNumbers = ["NaN", "nan", "Infinity", "-Infinity", "inf", "1e400", "-1e400", "-0", "0x1F", "1,5", "1_000", "99999999999999999999999", "", " 12 ", "1e-400", "+5", ".5", "5."];
    private static readonly string[] OddTimes = ["2026-13-45T99:99:99Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+275760-09-13T00:00:00Z", "2026-01-01", "1767225600", "2026-01-01T00:00:00+25:00", "yesterday", ""];

    private readonly Random random = fuzzCase.Random;

    /// <summary>A damaged CSV snapshot.</summary>
    public byte[] Csv()
    {
        var rows = Rows(10 + random.Next(40));
        var header = Columns.Select(c => c.Name).ToList();
        switch (random.Next(10))
        {
            case 0:
                var extra = random.Next(4) == 0 ? 1000 + random.Next(19_000) : 1 + random.Next(50);
                fuzzCase.Note($"{extra} extra columns");
                for (var i = 0; i < extra; i++)
                {
                    header.Add("c" + i.ToString(CultureInfo.InvariantCulture));
                }

                rows = rows.Select(r => r.Concat(Enumerable.Repeat("1", extra)).ToArray()).ToList();
                break;
            case 1:
                header[random.Next(header.Count)] = random.Next(2) == 0 ? "" : header[random.Next(header.Count)];
                fuzzCase.Note("empty or duplicate header name");
                break;
            case 2:
                var row = rows[random.Next(rows.Count)];
                rows[rows.IndexOf(row)] = random.Next(2) == 0 ? row[..Math.Max(0, row.Length - 1 - random.Next(row.Length))] : [.. row, "surplus", "fields"];
                fuzzCase.Note("a ragged row");
                break;
            case 3:
                Damage(rows, 2, OddNumbers);
                break;
            case 4:
                Damage(rows, 1, OddTimes);
                break;
            case 5:
                var length = 1000 + random.Next(2_000_000);
                rows[random.Next(rows.Count)][random.Next(4)] = new string('x', length);
                fuzzCase.Note($"a field of {length} characters");
                break;
            default:
                break;
        }

        var csv = new StringBuilder();
        csv.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var fields in rows)
        {
            csv.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        var text = csv.ToString();
        switch (random.Next(6))
        {
            case 0:
                var at = random.Next(text.Length + 1);
                text = text[..at] + "\"" + text[at..];
                fuzzCase.Note($"an unbalanced quote at {at}");
                break;
            case 1:
                text = text.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal);
                fuzzCase.Note("CR line ends");
                break;
            case 2:
                var value = HostileText.Next(random);
                text = text.Replace(",a\n", "," + Quote(value) + "\n", StringComparison.Ordinal);
                fuzzCase.Note($"category value {Visible.Of(value)}");
                break;
            default:
                break;
        }

        return Encode(text);
    }

    /// <summary>A damaged JSON Lines snapshot.</summary>
    public byte[] JsonLines()
    {
        var rows = Rows(10 + random.Next(40));
        var lines = rows.Select(r => $"{{\"order_id\": {Json(r[0])}, \"placed_at\": {Json(r[1])}, \"amount\": {(r[2].Length == 0 ? "null" : r[2])}, \"category\": {Json(r[3])}}}").ToList();
        var at = random.Next(lines.Count);
        string[] values =
        [
            "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "99999999999999999999999", "\"12\"", "true", "[1, 2]", "{\"a\": 1}", "\"\\ud800\"", "\"\\udc00x\"",
            "\"\\u0000\"", "0x1F", "01", "-", "1.", ".5", "nul", "\"" + new string('y', 1000 + random.Next(1_000_000)) + "\"",
            new string('[', 1 + random.Next(5000)) + new string(']', 1 + random.Next(5000)),
        ];
        switch (random.Next(8))
        {
            case 0:
            case 1:
            case 2:
                var key = Columns[random.Next(Columns.Length)].Name;
                var value = values[random.Next(values.Length)];
                lines[at] = $"{{\"order_id\": \"x{at}\", \"placed_at\": \"2026-01-01T00:00:00Z\", \"amount\": 1.5, \"category\": \"a\", {Json(key)}: {value}}}";
                fuzzCase.Note($"line {at + 1}: {key} = {(value.Length > 40 ? value[..40] + "…" : value)}");
                break;
            case 3:
                lines[at] = lines[at][..random.Next(lines[at].Length)];
                fuzzCase.Note($"line {at + 1} cut short");
                break;
            case 4:
                var extra = 1 + random.Next(random.Next(3) == 0 ? 20_000 : 50);
                lines[at] = lines[at][..^1] + string.Concat(Enumerable.Range(0, extra).Select(i => $", \"k{i}\": {i}")) + "}";
                fuzzCase.Note($"line {at + 1} with {extra} extra keys");
                break;
            case 5:
                lines.Insert(at, random.Next(3) switch { 0 => "", 1 => "   ", _ => "[1, 2, 3]" });
                fuzzCase.Note($"a blank or non-object line at {at + 1}");
                break;
            default:
                break;
        }

        return Encode(string.Join(random.Next(4) == 0 ? "\r\n" : "\n", lines) + (random.Next(2) == 0 ? "\n" : ""));
    }

    private List<string[]> Rows(int count)
    {
        var rows = new List<string[]>();
        for (var i = 0; i < count; i++)
        {
            var placed = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i * 13);
            rows.Add([
                "o" + i.ToString(CultureInfo.InvariantCulture),
                placed.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                i % 7 == 0 ? "" : (i * 3.25).ToString(CultureInfo.InvariantCulture),
                ((char)('a' + (i % 3))).ToString(),
            ]);
        }

        return rows;
    }

    private void Damage(List<string[]> rows, int column, string[] values)
    {
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var value = values[random.Next(values.Length)];
            rows[random.Next(rows.Count)][column] = value;
            fuzzCase.Note($"{Columns[column].Name} = '{value}'");
        }
    }

    private byte[] Encode(string text)
    {
        var utf8 = new UTF8Encoding(false).GetBytes(text);
        switch (random.Next(10))
        {
            case 0:
                fuzzCase.Note("UTF-8 byte order mark");
                return [0xEF, 0xBB, 0xBF, .. utf8];
            case 1:
                fuzzCase.Note("UTF-16 LE with a byte order mark");
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case 2:
                byte[][] sequences = [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0xE2, 0x82]];
                var sequence = sequences[random.Next(sequences.Length)];
                var at = random.Next(utf8.Length + 1);
                fuzzCase.Note($"bytes {Convert.ToHexString(sequence)} at byte {at}");
                return [.. utf8.AsSpan(0, at), .. sequence, .. utf8.AsSpan(at)];
            case 3:
                var keep = random.Next(utf8.Length + 1);
                fuzzCase.Note($"cut to {keep} of {utf8.Length} bytes");
                return utf8[..keep];
            case 4 when random.Next(3) == 0:
                fuzzCase.Note("empty file");
                return random.Next(2) == 0 ? [] : [0xEF, 0xBB, 0xBF];
            default:
                return utf8;
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
