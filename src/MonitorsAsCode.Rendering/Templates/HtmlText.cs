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
            var reference = MarkupReference(c) ?? c switch
            {
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            };
            if (reference is not null)
            {
                output.Append(reference);
            }
            else if (c is not ('\t' or '\n' or '\r') && Definitions.VisibleText.NeedsEscape(c))
            {
                // Shown, not obeyed: an ESC or OSC 8 sequence copied from the page, or a bidirectional override
                // that reorders what the reader sees, is written as the escape the other outputs show.
                output.Append(Definitions.VisibleText.Escape(c.ToString()));
            }
            else
            {
                output.Append(c);
            }
        }
    }

    /// <summary>
    /// The character reference of <c>&amp;</c>, <c>&lt;</c> or <c>&gt;</c>, the characters that start markup in HTML
    /// and in Markdown (which passes HTML through); null for any other character.
    /// </summary>
    internal static string? MarkupReference(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
