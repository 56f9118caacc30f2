using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Tests.Templates;

/// <summary>Values in HTML: markup characters become references, controls and bidirectional overrides show as escapes.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Markup_characters_become_character_references()
    {
        HtmlText.Escape("<a href=\"x\">'`&").Should().Be("&lt;a href&#x3D;&quot;x&quot;&gt;&#x27;&#x60;&amp;");
    }

    [Fact]
    public void Escape_and_osc_8_sequences_and_bidi_overrides_are_shown_not_obeyed()
    {
        var hostile = "a\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u202egnp.exe\u009b1m\u0000";

        var escaped = HtmlText.Escape(hostile);

        escaped.Should().Be("a\\x1b[31mred\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07 \\u202egnp.exe\\x9b1m\\x00");
        escaped.Should().NotContainAny("\u001b", "\u0007", "\u202e", "\u009b", "\u0000");
    }

    [Fact]
    public void Tab_and_line_breaks_stay_as_html_whitespace()
    {
        HtmlText.Escape("a\tb\nc\r\nd").Should().Be("a\tb\nc\r\nd");
    }
}
