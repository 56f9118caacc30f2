using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>Turns a position the YAML loader reports (1-based line and column) into a location in the YAML file, spanning the word there.</summary>
internal static class YamlLocations
{
    public static Location Of(SourceLocation source, SourceText text)
    {
        if (text.Lines.Count == 0)
        {
            return Location.Create(source.File, default, default);
        }

        var lineIndex = Clamp(source.Line - 1, 0, text.Lines.Count - 1);
        var line = text.Lines[lineIndex];
        var start = line.Start + Clamp(source.Column - 1, 0, line.End - line.Start);
        var end = EndOfWord(text, start, line.End);
        var lineSpan = new LinePositionSpan(new LinePosition(lineIndex, start - line.Start), new LinePosition(lineIndex, end - line.Start));
        return Location.Create(source.File, TextSpan.FromBounds(start, end), lineSpan);
    }

    /// <summary>The end of the scalar or key at <paramref name="start"/>: a quoted string to its closing quote, a plain one to a separator.</summary>
    private static int EndOfWord(SourceText text, int start, int lineEnd)
    {
        if (start >= lineEnd)
        {
            return start;
        }

        var first = text[start];
        if (first is '"' or '\'')
        {
            for (var i = start + 1; i < lineEnd; i++)
            {
                if (text[i] == first)
                {
                    return i + 1;
                }
            }

            return lineEnd;
        }

        var end = start;
        while (end < lineEnd)
        {
            var c = text[end];
            if (char.IsWhiteSpace(c) || c is ',' or ']' or '}' or '#' || (c == ':' && (end + 1 == lineEnd || char.IsWhiteSpace(text[end + 1]))))
            {
                break;
            }

            end++;
        }

        return end == start ? System.Math.Min(start + 1, lineEnd) : end;
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
