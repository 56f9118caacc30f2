using System.Text.RegularExpressions;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

/// <summary>Results as Markdown, rendered directly: hostile ids and values stay inert.</summary>
public sealed partial class MarkdownReportTests
{
    [Fact]
    public void Hostile_ids_and_values_make_no_html_image_link_mention_row_or_control_character()
    {
        const string Joiner = "\u200d";
        var text = MarkdownReport.Render(HostileRun.Create());
        var lines = text.Split('\n');

        var heading = lines.Single(l => l.StartsWith("### ", StringComparison.Ordinal));
        heading.Should().Be("### shop&lt;img src=x onerror=alert(1)&gt;&#124;@" + Joiner + "octocat");
        var rows = Rows(lines, heading);
        rows.Should().HaveCount(3).And.AllSatisfy(r => r.Should().HaveCount(8, "a | or a newline in a value must not add cells or rows"));
        rows[0][1].Should().Be("""drift\\x1b\[2J src/app.cs(1,1): error CS0001: forged""");
        rows[0][2].Should().Be("""completeness amount\`&#124;\\x07""");
        rows[0][7].Should().Be("""value !\[x\](https:""" + Joiner + """//evil.example/x.png) \[click\](javascript:alert(1)) &lt;b&gt;bold&lt;/b&gt; @""" + Joiner + """octocat \#""" + Joiner + """12 \\x00\\x9b31m \]\] &#124; &lt;!-- x""");
        lines.Should().NotContain(l => l.StartsWith("src/", StringComparison.Ordinal), "a newline in an id must not start a line");
        Regex.IsMatch(text, @"(?<!\\)[<>\[\]`]|&(?!(amp|lt|gt|#\d+);)").Should().BeFalse("every character Markdown would read as HTML, a link or an image is escaped, and & only starts a character reference");
        text.Should().NotContainAny("@octocat", "https://", "\u001b", "\u0000", "\u0007");
    }

    /// <summary>The body rows of the table after <paramref name="heading"/>, split on unescaped pipes.</summary>
    private static List<List<string>> Rows(IReadOnlyList<string> lines, string heading)
    {
        var start = lines.ToList().IndexOf(heading);
        start.Should().BeGreaterThanOrEqualTo(0, "the report has a section '{0}'", heading);
        return lines.Skip(start + 4)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => UnescapedPipe().Split(line.Trim()[1..^1]).Select(c => c.Trim()).ToList())
            .ToList();
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [Fact]
    public void Suppressed_and_annotated_monitors_show_their_events_and_a_hostile_event_id_makes_no_html_or_row()
    {
        var text = MarkdownReport.Render(EventRun.Create());

        text.Should().Contain("| **FAIL** (suppressed: campaign-2026-10; event: deploy-v2) | amount-nulls |");
        text.Should().Contain("| pass (event: deploy-v2) | amount-valid |");
        text.Should().NotContain("<script>").And.NotContain("\u001b").And.NotContain("\n# forged");
        text.Split('\n').Where(l => l.Contains("amount-drift", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Split(" | ").Should().HaveCount(8, "a '|' in an event id must not add a cell");
    }
}
