using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// Markdown written so that GitHub wikis, Azure DevOps wikis and MkDocs all read it the same way:
/// text from definitions and data made inert, people's Markdown kept but stripped of raw HTML,
/// code in fences that the code cannot close.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Text from definitions or data as inert inline Markdown, safe in a paragraph, a heading, a list
    /// item or a table cell: line breaks become spaces; <c>&amp; &lt; &gt; | ~ { }</c> become character
    /// references (a table cell cannot be split, no HTML or wiki macro starts); <c>\ ` * _ [ ] #</c> are
    /// escaped with a backslash (no emphasis, code, link, <c>[[wiki link]]</c> or work-item mention); a
    /// leading list, heading or rule marker is escaped; surrounding white space is dropped.
    /// </summary>
    public static string Inline(string text)
    {
        var trimmed = text.Trim();
        var output = new StringBuilder(trimmed.Length + 16);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            switch (c)
            {
                case '\r' when i + 1 < trimmed.Length && trimmed[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\t':
                    output.Append(' ');
                    break;
                case '&':
                    output.Append("&amp;");
                    break;
                case '<':
                    output.Append("&lt;");
                    break;
                case '>':
                    output.Append("&gt;");
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
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#':
                    output.Append('\\').Append(c);
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
    /// Markdown written by people (runbook text), kept as written except that raw HTML outside code
    /// is shown as text (<c>&lt;</c> becomes <c>&amp;lt;</c>), trailing white space is dropped, and lines
    /// after the first are indented by <paramref name="indent"/> spaces so the text can continue a list item.
    /// </summary>
    public static string Prose(string markdown, int indent = 0)
    {
        var lines = Lines(markdown);
        var output = new StringBuilder(markdown.Length + 16);
        string? fence = null;
        var pad = new string(' ', indent);
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
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

            AppendOutsideCodeSpans(output, line);
        }

        return output.ToString();
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
                output.Append(pad).Append(line);
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

            if (line[i] == '<')
            {
                output.Append("&lt;");
            }
            else
            {
                output.Append(line[i]);
            }

            i++;
        }
    }

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
