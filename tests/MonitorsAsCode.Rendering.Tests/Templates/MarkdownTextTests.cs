using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Tests.Templates;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("txn_sum_30d", "txn\\_sum\\_30d")]
    [InlineData("a|b", "a&#124;b")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("[[Home]]", "\\[\\[Home\\]\\]")]
    [InlineData("*bold* `code` #12", "\\*bold\\* \\`code\\` \\#12")]
    [InlineData("one\ntwo\r\nthree", "one two three")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("12) item", "12\\) item")]
    [InlineData("2.436", "2.436")]
    [InlineData("~~gone~~ {{x}}", "&#126;&#126;gone&#126;&#126; &#123;&#123;x&#125;&#125;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("  padded  ", "padded")]
    public void Inline_text_is_escaped_for_every_markdown_renderer(string text, string expected)
    {
        MarkdownText.Inline(text).Should().Be(expected);
    }

    [Fact]
    public void Prose_keeps_markdown_but_shows_raw_html_as_text_outside_code()
    {
        var prose = MarkdownText.Prose("Use **bold** and <b>tags</b>, `a<b`\n\n```html\n<p>kept</p>\n```\nafter <i>", indent: 2);

        prose.Should().Be("Use **bold** and &lt;b>tags&lt;/b>, `a<b`\n\n  ```html\n  <p>kept</p>\n  ```\n  after &lt;i>");
    }

    [Fact]
    public void Code_block_fence_is_longer_than_any_backtick_run_inside()
    {
        MarkdownText.CodeBlock("select 1\n````\nselect 2", "SQL").Should().Be("`````sql\nselect 1\n````\nselect 2\n`````");
        MarkdownText.CodeBlock("x", "sql; rm -rf").Should().Be("```sqlrm-rf\nx\n```");
    }

    [Fact]
    public void Headings_move_down_outside_code_fences_only()
    {
        var shifted = MarkdownText.ShiftHeadings("# Title\n## Part\n```\n# comment\n```\n#hashtag\n###### Deep", 2);

        shifted.Should().Be("### Title\n#### Part\n```\n# comment\n```\n#hashtag\n###### Deep");
    }
}
