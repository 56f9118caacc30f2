using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Tests.Templates;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("txn_sum_30d", "txn_sum_30d")]
    [InlineData("_em_ __strong__ a_ _b", "\\_em\\_ \\_\\_strong\\_\\_ a\\_ \\_b")]
    [InlineData("a|b", "a&#124;b")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("[[Home]]", "\\[\\[Home\\]\\]")]
    [InlineData("*bold* `code` #12", "\\*bold\\* \\`code\\` \\#\u200d12")]
    [InlineData("@channel ping ml@example.com", "@\u200dchannel ping ml@example.com")]
    [InlineData("see https://evil.example and www.evil.example", "see https:\u200d//evil.example and www\u200d.evil.example")]
    [InlineData("![pixel](http://x/p.png)", "!\\[pixel\\](http:\u200d//x/p.png)")]
    [InlineData("bell\u0007 esc\u001b[31m nul\u0000 c1\u009b", "bell\\\\x07 esc\\\\x1b\\[31m nul\\\\x00 c1\\\\x9b")]
    [InlineData("tab\there", "tab here")]
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
    public void Prose_shows_images_script_links_mentions_and_control_characters_as_text_but_keeps_ordinary_links()
    {
        var prose = MarkdownText.Prose(
            "See [the guide](https://wiki.example/g) and [setup](setup.md).\n"
            + "![pixel](http://evil.example/p.png) [click](javascript:alert(1)) [x]( JaVaScRiPt:alert(2)) [y](&#106;avascript:alert(3))\n"
            + "[ref]: javascript:alert(4)\n"
            + "[ok]: https://wiki.example/ok\n"
            + "@channel mail ml@example.com bell\u0007 esc\u001b[31m\tkept tab\n"
            + "`@here \u0007 ![i](x)`");

        prose.Should().Be(
            "See [the guide](https://wiki.example/g) and [setup](setup.md).\n"
            + "\\![pixel](http://evil.example/p.png) [click\\](javascript:alert(1)) [x\\]( JaVaScRiPt:alert(2)) [y\\](&#106;avascript:alert(3))\n"
            + "\\[ref]: javascript:alert(4)\n"
            + "[ok]: https://wiki.example/ok\n"
            + "@\u200dchannel mail ml@example.com bell\\x07 esc\\x1b[31m\tkept tab\n"
            + "`@here \\x07 ![i](x)`",
            "code spans stay code, but a control character shows as its escape even there");
    }

    [Fact]
    public void Prose_closes_a_fence_its_text_leaves_open_so_the_page_after_it_stays_outside()
    {
        MarkdownText.Prose("```").Should().Be("```\n```");
        MarkdownText.Prose("see\n````sql\nselect 1", indent: 2).Should().Be("see\n  ````sql\n  select 1\n  ````");
        MarkdownText.Prose("```\ncode\n```").Should().Be("```\ncode\n```");
    }

    [Fact]
    public void Prose_shows_a_link_whose_target_starts_on_the_next_line_as_text()
    {
        MarkdownText.Prose("[click](\njavascript:alert(1))\n[ref]:\n  javascript:alert(2)")
            .Should().Be("[click\\](\njavascript:alert(1))\n\\[ref]:\n  javascript:alert(2)", "CommonMark lets a link target start after a line break");
    }

    [Fact]
    public void Code_block_shows_control_characters_as_escapes()
    {
        MarkdownText.CodeBlock("up{job=\"a\u0007\"}\tx", "promql").Should().Be("```promql\nup{job=\"a\\x07\"}\tx\n```");
    }

    [Theory]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x`", "`` `x` ``")]
    [InlineData("a|b\u0007", "`a|b\\x07`")]
    public void Code_span_fence_is_longer_than_any_backtick_run_inside(string text, string expected)
    {
        MarkdownText.Code(text).Should().Be(expected);
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
