using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Rendering.Prometheus;

/// <summary>
/// Writes <see cref="YamlValue"/> trees as block-style YAML with two-space indentation and LF line
/// endings. Text that YAML would read as something else (a number, a boolean, null, a key) is
/// double-quoted; text with line breaks is a literal block.
/// </summary>
internal static class YamlEmitter
{
    /// <summary>One document.</summary>
    public static string Emit(YamlValue root)
    {
        var text = new StringBuilder();
        Write(text, root, 0);
        return text.ToString();
    }

    /// <summary>Several documents, each started with <c>---</c>.</summary>
    public static string EmitDocuments(IEnumerable<YamlValue> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append("---\n");
            Write(text, document, 0);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, YamlValue value, int indent)
    {
        switch (value)
        {
            case YamlValue.Mapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    text.Append(' ', indent).Append(Key(entry.Key)).Append(':');
                    WriteValue(text, entry.Value, indent);
                }

                break;
            case YamlValue.Sequence sequence:
                foreach (var item in sequence.Items)
                {
                    text.Append(' ', indent).Append('-');
                    if (item is YamlValue.Mapping { Entries.Count: > 0 } map)
                    {
                        // The first entry shares the dash's line; the rest align under it.
                        var nested = new StringBuilder();
                        Write(nested, map, indent + 2);
                        text.Append(' ').Append(nested.ToString(indent + 2, nested.Length - indent - 2));
                    }
                    else
                    {
                        WriteValue(text, item, indent);
                    }
                }

                break;
            default:
                text.Append(Scalar((YamlValue.Scalar)value, indent)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder text, YamlValue value, int indent)
    {
        switch (value)
        {
            case YamlValue.Mapping { Entries.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlValue.Sequence { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlValue.Mapping mapping:
                text.Append('\n');
                Write(text, mapping, indent + 2);
                break;
            case YamlValue.Sequence sequence:
                text.Append('\n');
                Write(text, sequence, indent + 2);
                break;
            default:
                text.Append(' ').Append(Scalar((YamlValue.Scalar)value, indent)).Append('\n');
                break;
        }
    }

    private static string Key(string key) => IsPlainSafe(key) ? key : DoubleQuoted(key);

    private static string Scalar(YamlValue.Scalar scalar, int indent)
    {
        if (scalar.Raw)
        {
            return scalar.Value;
        }

        var value = scalar.Value;
        if (value.Contains('\n', StringComparison.Ordinal) && IsBlockSafe(value))
        {
            var body = value.EndsWith('\n') ? value[..^1] : value;
            var block = new StringBuilder(value.EndsWith('\n') ? "|" : "|-");
            foreach (var line in body.Split('\n'))
            {
                block.Append('\n');
                if (line.Length > 0)
                {
                    block.Append(' ', indent + 2).Append(line);
                }
            }

            return block.ToString();
        }

        return !scalar.ForceQuotes && IsPlainSafe(value) ? value : DoubleQuoted(value);
    }

    /// <summary>
    /// A literal block keeps text exactly when no line has trailing spaces, no tab, carriage return or character
    /// YAML cannot hold raw appears, and it does not start with a space or end in several line breaks.
    /// </summary>
    private static bool IsBlockSafe(string value)
    {
        if (value.Length == 0 || value[0] == ' ' || value.EndsWith("\n\n", StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c != '\n' && MustEscape(c))
            {
                return false;
            }
        }

        foreach (var line in value.Split('\n'))
        {
            if (line.EndsWith(' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || value != value.Trim() || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] is '_' or '.' or '/' or '$' or '('))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];

            // A colon is plain text unless a space or the end follows it (then it would start a mapping),
            // or the value starts with a digit (YAML 1.1 reads 1:30 as a number of minutes).
            var colon = c == ':' && i + 1 < value.Length && value[i + 1] != ' ' && !char.IsAsciiDigit(value[0]);
            if (!(colon || char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ' ' or '(' or ')' or '=' or '+' or '$' or '<' or '>' or ','))
            {
                return false;
            }
        }

        switch (value.ToLowerInvariant())
        {
            case "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or ".nan" or ".inf":
                return false;
        }

        // Anything a YAML 1.1 or 1.2 reader could take for a number stays text only when quoted.
        return !double.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !value.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("0b", StringComparison.OrdinalIgnoreCase);
    }

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\u0085':
                    text.Append("\\N");
                    break;
                case '\u2028':
                    text.Append("\\L");
                    break;
                case '\u2029':
                    text.Append("\\P");
                    break;
                default:
                    if (MustEscape(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Characters outside YAML's printable set (C0 controls, DEL, C1 controls, U+FEFF, U+FFFE, U+FFFF), which a
    /// reader rejects when written raw, and the line breaks U+0085, U+2028 and U+2029, which it would fold.
    /// </summary>
    private static bool MustEscape(char c) =>
        c < ' ' || (c >= '\u007f' && c <= '\u009f') || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff';
}
