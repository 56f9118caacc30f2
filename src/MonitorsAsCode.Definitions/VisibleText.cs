using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Definitions;

/// <summary>
/// Text from definitions or data made safe to print on one line of a terminal or CI log: control
/// characters (C0, DEL, C1, so also ESC sequences), line and paragraph separators and bidirectional
/// controls become visible escapes such as <c>\n</c> or <c>\x1b</c>, so a value can neither start a
/// new <c>file(line,col): error</c> line nor drive the terminal. Everything else is kept as written.
/// </summary>
public static class VisibleText
{
    /// <summary><paramref name="text"/> with every character that could act rather than show replaced by its escape.</summary>
    public static string Escape(string text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
                continue;
            }

            switch (c)
            {
                case '\n':
                    escaped.Append("\\n");
                    break;
                case '\r':
                    escaped.Append("\\r");
                    break;
                case '\t':
                    escaped.Append("\\t");
                    break;
                default:
                    escaped.Append(c <= '\u00ff' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a control, a line or paragraph separator, or a bidirectional control.</summary>
    public static bool NeedsEscape(char c) =>
        c < ' '
        || (c >= '\u007f' && c <= '\u009f')
        || c is '\u2028' or '\u2029' or '\u200e' or '\u200f' or '\u061c'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
}
