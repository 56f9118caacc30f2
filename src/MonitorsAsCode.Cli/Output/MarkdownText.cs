using System.Text;
using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Cli.Output;

/// <summary>
/// Ids and values from definitions and data written into GitHub-flavoured Markdown (a pull-request comment,
/// a job summary) so they show as text: no HTML, image, link, autolink, @mention, issue reference, emphasis,
/// table cell or new line can come out of them, and control characters show as escapes.
/// </summary>
internal static class MarkdownText
{
    /// <summary>A zero-width joiner: after <c>@</c> or <c>#</c>, GitHub no longer reads a mention or a reference, and the reader sees nothing.</summary>
    private const char Joiner = '\u200d';

    /// <summary>
    /// <paramref name="text"/> as inline Markdown, safe in a table cell or a line: ASCII punctuation that Markdown
    /// acts on is backslash-escaped (an underscore inside a word, <c>hour_of_day</c>, is never emphasis and stays),
    /// a joiner breaks mentions, issue references and autolinks, and line breaks become spaces.
    /// </summary>
    public static string Inline(string text)
    {
        var visible = VisibleText.Escape(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        var escaped = new StringBuilder(visible.Length + 8);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            var previous = i > 0 ? visible[i - 1] : ' ';
            var next = i + 1 < visible.Length ? visible[i + 1] : ' ';
            var emphasis = c == '_' && !(char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next));
            if (c is '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '!' || emphasis)
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            if ((c == '@' && char.IsLetterOrDigit(next))
                || (c == '#' && char.IsAsciiDigit(next))
                || (c == ':' && next == '/' && i + 2 < visible.Length && visible[i + 2] == '/')
                || (c is 'w' or 'W' && next == '.' && i >= 2 && visible.Substring(i - 2, 3).Equals("www", StringComparison.OrdinalIgnoreCase)))
            {
                escaped.Append(Joiner);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as an inline code span, whose fence is longer than any run of backticks inside, so
    /// nothing in it is Markdown; control characters show as escapes and line breaks as spaces. In a table
    /// (<paramref name="inTable"/>) a <c>|</c> is escaped too, which GitHub's table parser does even inside code.
    /// </summary>
    public static string Code(string text, bool inTable = false)
    {
        var visible = VisibleText.Escape(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        if (inTable)
        {
            visible = visible.Replace("|", "\\|", StringComparison.Ordinal);
        }

        var longest = 0;
        var run = 0;
        foreach (var c in visible)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = visible.StartsWith('`') || visible.EndsWith('`') || visible.Length == 0 ? " " : string.Empty;
        return fence + pad + visible + pad + fence;
    }
}
