using System.Text;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>Text from definitions or data made inert in HTML and SVG, in element content and in quoted attribute values.</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " ' ` =</c> as character references, what <c>{{ value }}</c> writes in an HTML
    /// template (the characters Handlebars escaped, so reports stay byte for byte as they were), and shows control
    /// characters other than tab and line breaks (C0, DEL, C1, so ESC and OSC sequences), line and paragraph separators
    /// and bidirectional controls (U+202E) as the escapes <see cref="Definitions.VisibleText"/> writes (<c>\x1b</c>,
    /// <c>\u202e</c>).
    /// </summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        Escape(text, output);
        return output.ToString();
    }

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="output"/>.</summary>
    public static void Escape(string text, StringBuilder output)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    output.Append("&amp;");
                    break;
                case '<':
                    output.Append("&lt;");
                    break;
                case '>':
                    output.Append("&gt;");
                    break;
                case '"':
                    output.Append("&quot;");
                    break;
                case '\'':
                    output.Append("&#x27;");
                    break;
                case '`':
                    output.Append("&#x60;");
                    break;
                case '=':
                    output.Append("&#x3D;");
                    break;
                case not ('\t' or '\n' or '\r') when Definitions.VisibleText.NeedsEscape(c):
                    // Shown, not obeyed: an ESC or OSC 8 sequence copied from the page, or a bidirectional override
                    // that reorders what the reader sees, is written as the escape the other outputs show.
                    output.Append(Definitions.VisibleText.Escape(c.ToString()));
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }
}
