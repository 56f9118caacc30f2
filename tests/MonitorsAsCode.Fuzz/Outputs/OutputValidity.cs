using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Outputs;

/// <summary>
/// Checks that what a command wrote is what its format promises, whatever the values in it: JSON parses, XML
/// parses, YAML parses, plain text holds no terminal control characters, and Markdown and HTML hold no live
/// markup (tags, mentions, images, links) that came from a hostile value.
/// </summary>
internal static partial class OutputValidity
{
    /// <summary>Parses <paramref name="text"/> as JSON.</summary>
    public static JsonDocument Json(string text, string what)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} is not valid JSON", exception.Message + "\n" + Head(text));
        }
    }

    /// <summary>Parses <paramref name="text"/> as an XML document, as a CI server reads a JUnit report.</summary>
    public static XDocument Xml(string text, string what)
    {
        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException exception)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} is not well-formed XML", exception.Message + "\n" + Head(text));
        }
    }

    /// <summary>Parses <paramref name="text"/> as YAML.</summary>
    public static void Yaml(string text, string what)
    {
        try
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} is not valid YAML", exception.Message + "\n" + Head(text));
        }
    }

    /// <summary>Text meant for a terminal or a log: no escape sequences, no C0 or C1 control character or DEL but line feed and tab.</summary>
    public static void PlainText(string text, string what)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not '\n' and not '\t') || c is >= (char)0x7F and <= (char)0x9F)
            {
                throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} holds a raw control character", $"U+{(int)c:X4} in " + Around(text, i));
            }
        }
    }

    /// <summary>
    /// Markdown a pull-request comment or wiki shows: outside code, no HTML tag, @mention, image or javascript
    /// link that a hostile value brought in, and no raw control characters.
    /// </summary>
    public static void Markdown(string text, string what)
    {
        PlainText(text, what);
        var prose = CodeSpan().Replace(CodeFence().Replace(text, ""), "");
        foreach (var (pattern, name) in new[] { (HtmlTag(), "a raw HTML tag"), (Mention(), "an @mention"), (Image(), "an image link"), (ScriptLink(), "a javascript: link") })
        {
            if (pattern.Match(prose) is { Success: true } match)
            {
                throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} holds {name} from a hostile value", Around(prose, match.Index));
            }
        }
    }

    /// <summary>An HTML page: no tag from a hostile value survives unescaped.</summary>
    public static void Html(string text, string what)
    {
        foreach (var marker in new[] { "<script>alert(1)", "<img src=x", "<!-- hidden -->" })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                throw new FuzzFailure(FailureKind.InvalidOutput, $"{what} holds raw HTML from a hostile value", Around(text, at));
            }
        }
    }

    private static string Head(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 120);
        var end = Math.Min(text.Length, index + 120);
        return "…" + Visible.Of(text[start..end]) + "…";
    }

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"(?<!`)`[^`\n]+`(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<![\\&])(<(script|img|iframe)\b|<!-- hidden -->)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\w\\`@])@(channel|here)\b")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<!\\)!\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\]\(javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLink();
}
