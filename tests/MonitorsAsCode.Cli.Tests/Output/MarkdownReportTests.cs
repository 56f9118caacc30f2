using System.Text.RegularExpressions;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Cli.Tests.Commands;

namespace MonitorsAsCode.Cli.Tests.Output;

/// <summary><c>--format markdown</c>: a gates table, then a table per dataset with a row per monitor, worst first.</summary>
public sealed partial class MarkdownReportTests
{
    [Fact]
    public void Dataset_table_has_one_row_per_monitor()
    {
        var outcome = FraudScoringExample.Run("--format", "markdown");
        var rows = Rows(outcome.OutLines, "### fraud-scoring");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        rows.Select(r => r[1]).Should().BeEquivalentTo(FraudScoringExample.AllMonitors);
        rows.Should().AllSatisfy(r => r.Should().HaveCount(8, "status, monitor, check, severity, value, warn, fail, evidence"));
    }

    [Fact]
    public void Failing_monitors_come_first_in_bold()
    {
        var rows = Rows(FraudScoringExample.Run("--format", "markdown").OutLines, "### fraud-scoring");

        rows.Take(6).Select(r => r[1]).Should().Equal(FraudScoringExample.CatchingMonitors);
        rows.Take(6).Should().AllSatisfy(r => r[0].Should().Be("**FAIL**"));
        rows.Skip(6).Should().AllSatisfy(r => r[0].Should().Be("pass"));
    }

    [Fact]
    public void Gates_table_names_each_gates_blockers()
    {
        var lines = FraudScoringExample.Run("--format", "markdown").OutLines;

        lines[0].Should().Be("## Monitoring results");
        lines.Should().Contain("| deploy | **FAIL** | " + string.Join(", ", FraudScoringExample.CatchingMonitors) + " |");
        lines.Should().Contain("| retrain | **FAIL** | " + string.Join(", ", FraudScoringExample.CatchingMonitors.Where(m => m != "payment-method-drift")) + " |");
    }

    [Fact]
    public void A_pipe_in_the_evidence_is_escaped_so_the_row_keeps_its_cells()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("channels.yaml", """
            datasets:
              - id: checkouts
                owner: shop-data
                snapshots: { current: data/checkouts.csv }
                columns:
                  channel: { type: string, role: feature }
            monitors:
              - id: channel-validity
                dataset: checkouts
                check: validity
                column: channel
                allowed: [web, app]
                warn: 0.1
                fail: 0.2
                severity: info
                owner: shop-data

            """);
        folder.Write("data/checkouts.csv", "channel\nweb\napp\nweb|app\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "markdown");
        var rows = Rows(outcome.OutLines, "### checkouts");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        rows.Should().ContainSingle().Which.Should().HaveCount(8);
        rows[0][7].Should().Contain("web&#124;app");
    }

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
}
