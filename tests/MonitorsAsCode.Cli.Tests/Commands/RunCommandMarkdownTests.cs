using System.Text.RegularExpressions;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>--format markdown</c>: a gates table, then a table per dataset with a row per monitor, worst first.</summary>
public sealed partial class RunCommandMarkdownTests
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
