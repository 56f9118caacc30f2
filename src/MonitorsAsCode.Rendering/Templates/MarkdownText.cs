using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// Markdown written so that GitHub (wikis, pull-request comments), Azure DevOps wikis and MkDocs all read it
/// the same way: text from definitions and data made inert, people's Markdown kept but stripped of raw HTML,
/// images, script links and mentions, code in spans and fences that the code cannot close. Every Markdown
/// output (the wiki, <c>run --format markdown</c>, <c>diff</c>) escapes through this one class.
/// </summary>
public static class MarkdownText
{
    /// <summary>A zero-width joiner: after <c>@</c> or before a digit after <c>#</c>, GitHub no longer reads a mention or a reference, and the reader sees nothing.</summary>
    private const char Joiner = '\u200d';

    /// <summary>
    /// Text from definitions or data as inert inline Markdown, safe in a paragraph, a heading, a list
    /// item or a table cell: line breaks become spaces and other control characters visible escapes
    /// (<see cref="VisibleText"/>); <c>&amp; &lt; &gt; | ~ { }</c> become character references (a table cell
    /// cannot be split, no HTML or wiki macro starts); <c>\ ` * _ [ ] #</c> are escaped with a backslash (no
    /// emphasis, code, link, image, <c>[[wiki link]]</c> or work-item mention), but an underscore inside a word
    /// (<c>hour_of_day</c>) stays, as no Markdown renderer reads it as emphasis; a zero-width joiner breaks
    /// @mentions, <c>#12</c> references and autolinks (<c>://</c>, <c>www.</c>); a leading list, heading or
    /// rule marker is escaped; surrounding white space is dropped.
    /// </summary>
    public static string Inline(string text)
    {
        var trimmed = VisibleText.Escape(OneLine(text).Trim());
        var output = new StringBuilder(trimmed.Length + 16);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            var next = i + 1 < trimmed.Length ? trimmed[i + 1] : ' ';
            switch (c)
            {
                case '&' or '<' or '>':
                    output.Append(HtmlText.MarkupReference(c));
                    break;
                case '|':
                    output.Append("&#124;");
                    break;
                case '~':
                    output.Append("&#126;");
                    break;
                case '{':
                    output.Append("&#123;");
                    break;
                case '}':
                    output.Append("&#125;");
                    break;
                case '#' when char.IsAsciiDigit(next):
                    output.Append("\\#").Append(Joiner);
                    break;
                case '_' when i > 0 && char.IsLetterOrDigit(trimmed[i - 1]) && char.IsLetterOrDigit(next):
                    output.Append(c);
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#':
                    output.Append('\\').Append(c);
                    break;
                case '@' when IsMention(trimmed, i):
                    output.Append(c).Append(Joiner);
                    break;
                case ':' when next == '/' && i + 2 < trimmed.Length && trimmed[i + 2] == '/':
                    output.Append(c).Append(Joiner);
                    break;
                case 'w' or 'W' when next == '.' && i >= 2 && trimmed.Substring(i - 2, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    output.Append(c).Append(Joiner);
                    break;
                case '-' or '+' or '=' when i == 0:
                    output.Append('\\').Append(c);
                    break;
                case '.' or ')' when IsLeadingNumber(trimmed, i):
                    output.Append('\\').Append(c);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Markdown written by people (runbook text), kept as written (emphasis, lists, code, ordinary links)
    /// except that, outside code, nothing in it can act on the reader: raw HTML is shown as text (<c>&lt;</c>
    /// becomes <c>&amp;lt;</c>), an image becomes a plain link to it (<c>\![alt](…)</c>, so nothing loads), a link
    /// or link reference whose target is not <c>http(s):</c>, <c>mailto:</c> or a relative path (a
    /// <c>javascript:</c> link) is shown as text, @mentions are broken with a zero-width joiner and control
    /// characters but tab become visible escapes. Trailing white space is dropped, and lines after the first
    /// are indented by <paramref name="indent"/> spaces so the text can continue a list item.
    /// </summary>
    public static string Prose(string markdown, int indent = 0)
    {
        var lines = Lines(markdown);
        var output = new StringBuilder(markdown.Length + 16);
        string? fence = null;
        var pad = new string(' ', indent);
        for (var n = 0; n < lines.Count; n++)
        {
            var line = Visible(lines[n]);
            if (n > 0)
            {
                output.Append('\n');
                if (line.Length > 0)
                {
                    output.Append(pad);
                }
            }

            var marker = FenceMarker(line);
            if (fence is not null)
            {
                output.Append(line);
                if (marker is not null && marker[0] == fence[0] && marker.Length >= fence.Length && line.Trim().Length == marker.Length)
                {
                    fence = null;
                }

                continue;
            }

            if (marker is not null)
            {
                fence = marker;
                output.Append(line);
                continue;
            }

            AppendOutsideCodeSpans(output, IsUnsafeReferenceDefinition(line) ? EscapeFirstBracket(line) : line);
        }

        if (fence is not null)
        {
            // A fence the text leaves open would swallow the page after it, and the page's own closing fence would
            // then open one, putting the code that follows (a query, a value) outside any fence: close it here.
            output.Append('\n').Append(pad).Append(fence);
        }

        return output.ToString();
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

    /// <summary>
    /// A fenced code block holding <paramref name="code"/> verbatim: the fence is one backtick longer
    /// than the longest run of backticks in the code, so nothing inside can close it. Lines after the
    /// first are indented by <paramref name="indent"/> spaces. No trailing line break.
    /// </summary>
    public static string CodeBlock(string code, string? language, int indent = 0)
    {
        var lines = Lines(code);
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var pad = new string(' ', indent);
        var output = new StringBuilder(code.Length + 32);
        output.Append(fence).Append(Language(language));
        foreach (var line in lines)
        {
            output.Append('\n');
            if (line.Length > 0)
            {
                output.Append(pad).Append(Visible(line));
            }
        }

        output.Append('\n').Append(pad).Append(fence);
        return output.ToString();
    }

    /// <summary>
    /// Moves every ATX heading (<c># Title</c>) outside code fences down by <paramref name="levels"/>
    /// (at most to level 6), so a document's own headings sit under the heading of the page it is put into.
    /// </summary>
    public static string ShiftHeadings(string markdown, int levels)
    {
        var lines = Lines(markdown);
        string? fence = null;
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var marker = FenceMarker(line);
            if (fence is not null)
            {
                if (marker is not null && marker[0] == fence[0] && marker.Length >= fence.Length && line.Trim().Length == marker.Length)
                {
                    fence = null;
                }

                continue;
            }

            if (marker is not null)
            {
                fence = marker;
                continue;
            }

            var indent = 0;
            while (indent < line.Length && indent < 3 && line[indent] == ' ')
            {
                indent++;
            }

            var hashes = 0;
            while (indent + hashes < line.Length && line[indent + hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 6 && (indent + hashes == line.Length || line[indent + hashes] == ' '))
            {
                lines[n] = new string('#', Math.Min(6, hashes + levels)) + line.Substring(indent + hashes);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>Whether the character at <paramref name="index"/> ends an ordered-list marker: up to nine digits from the start, then a space or the end.</summary>
    private static bool IsLeadingNumber(string text, int index)
    {
        if (index == 0 || index > 9 || (index + 1 < text.Length && text[index + 1] is not (' ' or '\t' or '\r' or '\n')))
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendOutsideCodeSpans(StringBuilder output, string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '`')
            {
                var run = 0;
                while (i + run < line.Length && line[i + run] == '`')
                {
                    run++;
                }

                var close = FindRun(line, i + run, run);
                if (close >= 0)
                {
                    output.Append(line, i, close + run - i);
                    i = close + run;
                    continue;
                }

                output.Append(line, i, run);
                i += run;
                continue;
            }

            var c = line[i];
            if (c == '<')
            {
                output.Append("&lt;");
            }
            else if (c == '!' && i + 1 < line.Length && line[i + 1] == '[' && (i == 0 || line[i - 1] != '\\'))
            {
                output.Append("\\!");
            }
            else if (c == ']' && i + 1 < line.Length && line[i + 1] == '(' && (i == 0 || line[i - 1] != '\\') && !IsSafeTarget(line, i + 2))
            {
                output.Append("\\]");
            }
            else if (c == '@' && IsMention(line, i))
            {
                output.Append(c).Append(Joiner);
            }
            else
            {
                output.Append(c);
            }

            i++;
        }
    }

    /// <summary>
    /// Whether the link target starting at <paramref name="start"/> is harmless: an <c>http(s):</c> or
    /// <c>mailto:</c> address, or a relative one without a scheme. A colon, a character reference or a
    /// backslash escape anywhere else could spell <c>javascript:</c> once the renderer has decoded it.
    /// </summary>
    private static bool IsSafeTarget(string line, int start)
    {
        var i = start;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        var end = i;
        while (end < line.Length && line[end] is not (' ' or '\t' or ')'))
        {
            end++;
        }

        var target = line.Substring(i, end - i);
        if (target.Length == 0)
        {
            // CommonMark lets the target start on the next line, which this line-by-line check cannot see.
            return false;
        }

        if (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return target.IndexOfAny([':', '&', '\\', '<']) < 0;
    }

    /// <summary>Whether <paramref name="line"/> defines a link reference (<c>[x]: target</c>) whose target is not harmless.</summary>
    private static bool IsUnsafeReferenceDefinition(string line)
    {
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3 || !text.StartsWith('['))
        {
            return false;
        }

        var close = text.IndexOf("]:", StringComparison.Ordinal);
        return close > 0 && !IsSafeTarget(text, close + 2);
    }

    private static string EscapeFirstBracket(string line)
    {
        var at = line.IndexOf('[', StringComparison.Ordinal);
        return line[..at] + "\\" + line[at..];
    }

    /// <summary>Whether the <c>@</c> at <paramref name="index"/> could start a mention: not inside a word (an e-mail address), and followed by a letter or digit.</summary>
    private static bool IsMention(string text, int index) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
        && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);

    /// <summary>A line of Markdown or code with every control character but tab shown as its escape (<see cref="VisibleText"/>).</summary>
    private static string Visible(string line)
    {
        var output = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c != '\t' && VisibleText.NeedsEscape(c))
            {
                output.Append(VisibleText.Escape(c.ToString()));
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary><paramref name="text"/> on one line: CR LF, CR, LF and tab become one space each.</summary>
    private static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    /// <summary>The index of the next run of exactly <paramref name="length"/> backticks from <paramref name="start"/>, or -1.</summary>
    private static int FindRun(string line, int start, int length)
    {
        var i = start;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }

            var run = 0;
            while (i + run < line.Length && line[i + run] == '`')
            {
                run++;
            }

            if (run == length)
            {
                return i;
            }

            i += run;
        }

        return -1;
    }

    /// <summary>The opening run of a code fence (three or more backticks or tildes after up to three spaces), or null.</summary>
    private static string? FenceMarker(string line)
    {
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3 || text.Length < 3 || (text[0] != '`' && text[0] != '~'))
        {
            return null;
        }

        var run = 0;
        while (run < text.Length && text[run] == text[0])
        {
            run++;
        }

        return run >= 3 ? text.Substring(0, run) : null;
    }

    private static string Language(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        foreach (var c in language.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '_' or '#')
            {
                output.Append(c);
            }
        }

        return output.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    private static List<string> Lines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();
        var lines = new List<string>(normalized.Split('\n'));
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return lines;
    }
}
