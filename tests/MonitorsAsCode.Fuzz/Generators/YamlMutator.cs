using System.Text;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// Mutates definition YAML the ways a careless or hostile author could: deep nesting, huge scalars, alias
/// expansion, values of the wrong type or out of range (durations that overflow, 1e400, NaN), unknown and
/// duplicate keys, YAML syntax at random places, truncation, byte order marks, CR line ends and invalid UTF-8.
/// Sizes stay within what a test host survives (nesting to 1,000, scalars to 4 MB, aliases to 6⁶ nodes);
/// <see cref="ExtremeInputs"/> goes further in a child process.
/// </summary>
internal sealed class YamlMutator(FuzzCase fuzzCase)
{
    private static readonly string[] WrongValues =
    [
        "[1, 2]", "{ a: b }", "~", "null", "true", "1e400", "-1e400", ".nan", ".inf", "-0", "0x1F", "0o17",
        "99999999999999999999999", "-1", "\"\"", "2026-13-45T99:99:99Z", "10675200d", "106752000h", "9999999999999999d",
        "1d1d1d", "0s", "-24h", "1e308", "\"1e-400\"", "!!binary aGVsbG8=", "!custom tag", "*undefined_alias",
        "&anchor value", "|\n      block", ">-\n      folded", "'single ''quoted'''", "@reserved", "`backtick",
    ];

    private static readonly string[] Syntax =
    [
        ": ", "- ", "\t", "{", "}", "[", "]", "&a ", "*a", "!!str ", "%YAML 1.1\n", "---\n", "...\n", "? ", "| ", "#", "'", "\"", ",", "<<: *a\n", "\\",
    ];

    private readonly Random random = fuzzCase.Random;

    /// <summary>One mutation of <paramref name="yaml"/>, returned as the bytes to write.</summary>
    public byte[] Mutate(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        switch (random.Next(12))
        {
            case 0:
                return Utf8(Nest(lines));
            case 1:
                return Utf8(HugeScalar(lines));
            case 2:
                return Utf8(Aliases(lines));
            case 3:
            case 4:
                return Utf8(WrongValue(lines));
            case 5:
                return Utf8(UnknownOrDuplicateKey(lines));
            case 6:
                return Utf8(SyntaxAt(yaml));
            case 7:
                var keep = random.Next(yaml.Length + 1);
                fuzzCase.Note($"truncated to {keep} of {yaml.Length} characters");
                return Utf8(yaml[..keep]);
            case 8:
                fuzzCase.Note("byte order mark and CR line ends");
                return [0xEF, 0xBB, 0xBF, .. Utf8(yaml.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal))];
            case 9:
                return InvalidUtf8(Utf8(yaml));
            case 10:
                fuzzCase.Note("UTF-16 with a byte order mark");
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(yaml)];
            default:
                return Utf8(WrongValue(lines.Count > 0 ? WrongValue(lines).Split('\n').ToList() : lines));
        }
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private int ValueLine(List<string> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        return candidates.Count == 0 ? -1 : candidates[random.Next(candidates.Count)];
    }

    private string Replace(List<string> lines, string value, string note)
    {
        var at = ValueLine(lines);
        if (at < 0)
        {
            return string.Join('\n', lines);
        }

        var line = lines[at];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        lines[at] = line[..(colon + 2)] + value;
        fuzzCase.Note($"line {at + 1} '{line.Trim()}' → {note}");
        return string.Join('\n', lines);
    }

    private string Nest(List<string> lines)
    {
        var depth = 10 + random.Next(990);
        var flow = random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "b" + new string('}', depth),
            _ => string.Concat(Enumerable.Repeat("[{a: ", depth)) + "b" + string.Concat(Enumerable.Repeat("}]", depth)),
        };
        return Replace(lines, flow, $"nested {depth} deep");
    }

    private string HugeScalar(List<string> lines)
    {
        var length = random.Next(4) == 0 ? 1 << (16 + random.Next(7)) : 1000 + random.Next(100_000);
        var scalar = random.Next(2) == 0 ? new string('x', length) : "\"" + string.Concat(Enumerable.Repeat("\\u00e9", length / 6)) + "\"";
        return Replace(lines, scalar, $"a scalar of {length} characters");
    }

    private string Aliases(List<string> lines)
    {
        var levels = 2 + random.Next(5);
        var width = 2 + random.Next(5);
        var bomb = new StringBuilder("\nx_bomb:\n  l0: &l0 [\"lol\"]\n");
        for (var level = 1; level <= levels; level++)
        {
            bomb.Append("  l").Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width))).Append("]\n");
        }

        var note = $"alias expansion {width}^{levels}";
        if (random.Next(2) == 0)
        {
            // As the value of a real field, so the loader must expand it to judge the type.
            var at = ValueLine(lines);
            if (at >= 0)
            {
                lines.Insert(0, "x_anchor: &l0 [\"lol\"]");
                var joined = Replace(lines, "*l0", note + " (aliased into a field)");
                return joined;
            }
        }

        fuzzCase.Note(note);
        return string.Join('\n', lines) + bomb;
    }

    private string WrongValue(List<string> lines)
    {
        var value = WrongValues[random.Next(WrongValues.Length)];
        return Replace(lines, value, value);
    }

    private string UnknownOrDuplicateKey(List<string> lines)
    {
        var at = ValueLine(lines);
        if (at < 0)
        {
            return string.Join('\n', lines);
        }

        var line = lines[at];
        var indent = line[..(line.Length - line.TrimStart(' ', '-').Length)].Replace('-', ' ');
        if (random.Next(2) == 0)
        {
            lines.Insert(at + 1, line.TrimStart().StartsWith('-') ? indent + line.TrimStart(' ', '-') : line);
            fuzzCase.Note($"line {at + 1} duplicated");
        }
        else
        {
            var key = random.Next(3) == 0 ? YamlScalar.Quote(HostileText.Next(random)) : "bogus_key";
            lines.Insert(at + 1, indent + key + ": 1");
            fuzzCase.Note($"unknown key {Visible.Of(key)} after line {at + 1}");
        }

        return string.Join('\n', lines);
    }

    private string SyntaxAt(string yaml)
    {
        var at = random.Next(yaml.Length + 1);
        var token = Syntax[random.Next(Syntax.Length)];
        fuzzCase.Note($"'{Visible.Of(token)}' inserted at {at}");
        return yaml[..at] + token + yaml[at..];
    }

    private byte[] InvalidUtf8(byte[] bytes)
    {
        byte[][] sequences = [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]];
        var sequence = sequences[random.Next(sequences.Length)];
        var at = random.Next(bytes.Length + 1);
        fuzzCase.Note($"bytes {Convert.ToHexString(sequence)} inserted at byte {at}");
        return [.. bytes.AsSpan(0, at), .. sequence, .. bytes.AsSpan(at)];
    }
}
