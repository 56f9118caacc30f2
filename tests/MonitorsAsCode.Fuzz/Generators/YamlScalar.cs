using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>Writes any string as a YAML double-quoted scalar, escaping what YAML cannot hold raw, so hostile text reaches the loader intact.</summary>
internal static class YamlScalar
{
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case 0: text.Append("\\0"); break;
                default:
                    if (c < 0x20 || c is >= 0x7F and <= 0x9F || c is 0xFEFF or 0x2028 or 0x2029)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{c:X4}");
                    }
                    else
                    {
                        text.Append(rune.ToString());
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
