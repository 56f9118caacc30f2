using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>Shows text with its control and invisible characters as <c>\uXXXX</c>, so a failure message can be read and its input retyped.</summary>
internal static class Visible
{
    public static string Of(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ((c < 0x20 && c != '\n') || c is >= (char)0x7F and <= (char)0x9F || c is '\u200B' or '\u202D' or '\u202E' or '\uFEFF' || char.IsSurrogate(c))
            {
                visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }
}
