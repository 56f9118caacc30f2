using System.Text;
using HandlebarsDotNet;

namespace MonitorsAsCode.Rendering.Templates;

/// <summary>
/// What <c>{{value}}</c> does in a template: <see cref="MarkdownText.Inline"/> in Markdown templates,
/// <see cref="HtmlText.Escape(string)"/> in HTML templates. <c>{{{value}}}</c> bypasses it.
/// </summary>
internal sealed class TemplateTextEncoder(Func<string, string> encode) : ITextEncoder
{
    public static TemplateTextEncoder Markdown { get; } = new(MarkdownText.Inline);

    public static TemplateTextEncoder Html { get; } = new(HtmlText.Escape);

    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is not null)
        {
            target.Write(encode(text.ToString()));
        }
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is not null)
        {
            target.Write(encode(text));
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }

        var builder = new StringBuilder();
        while (text.MoveNext())
        {
            builder.Append(text.Current);
        }

        target.Write(encode(builder.ToString()));
    }
}
