using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// The default text rendering, redirected (not a terminal): plain ASCII tables of a fixed width, a
/// table per dataset under its name, then a verdict per gate with its blockers, then the summary.
/// </summary>
public sealed class RunCommandTextTests
{
    [Fact]
    public void Redirected_output_has_no_ansi_escapes()
    {
        var outcome = FraudScoringExample.Run();

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Out.Should().NotContain("\u001b");
    }

    [Fact]
    public void Redirected_output_is_no_wider_than_the_plain_width()
    {
        var lines = FraudScoringExample.Run().OutLines;

        lines.Should().AllSatisfy(line => line.Length.Should().BeLessThanOrEqualTo(TextReport.PlainWidth));
    }

    [Fact]
    public void Every_monitor_is_listed_once_under_its_dataset_name()
    {
        var lines = FraudScoringExample.Run().OutLines.ToList();

        lines[0].Should().Be("fraud-scoring");
        var firstGate = lines.FindIndex(l => l.StartsWith("gate ", StringComparison.Ordinal));
        firstGate.Should().BePositive();
        foreach (var monitor in FraudScoringExample.AllMonitors)
        {
            var rows = lines.Select((line, index) => (line, index)).Where(l => Cells(l.line).Contains(monitor)).ToList();
            rows.Should().ContainSingle("monitor '{0}' has one row", monitor);
            rows[0].index.Should().BeInRange(1, firstGate - 1);
        }
    }

    [Fact]
    public void Failing_monitors_are_listed_first_marked_FAIL()
    {
        var rows = FraudScoringExample.Run().OutLines
            .Select(Cells)
            .Where(cells => cells.Count > 2 && FraudScoringExample.AllMonitors.Contains(cells[2]))
            .ToList();

        rows.Select(cells => cells[2]).Take(6).Should().BeEquivalentTo(FraudScoringExample.CatchingMonitors);
        rows.Should().AllSatisfy(cells => cells[0].Should().Be(FraudScoringExample.CatchingMonitors.Contains(cells[2]) ? "FAIL" : "pass"));
    }

    [Fact]
    public void Each_gate_has_a_verdict_line_and_a_line_per_blocking_monitor()
    {
        var lines = FraudScoringExample.Run().OutLines.ToList();

        var deploy = lines.IndexOf("gate deploy: FAIL");
        var retrain = lines.IndexOf("gate retrain: FAIL");
        deploy.Should().BePositive();
        retrain.Should().Be(deploy + 1 + FraudScoringExample.CatchingMonitors.Length);
        lines.Skip(deploy + 1).Take(FraudScoringExample.CatchingMonitors.Length)
            .Should().Equal(FraudScoringExample.CatchingMonitors.Select(m => "  blocked by " + m));
        lines.Skip(retrain + 1).Take(5)
            .Should().Equal(FraudScoringExample.CatchingMonitors.Where(m => m != "payment-method-drift").Select(m => "  blocked by " + m));
        lines[^1].Should().Be("21 monitors: 13 pass, 0 warn, 6 fail, 0 error, 2 skipped");
    }

    [Fact]
    public void Passing_gate_has_a_verdict_line_and_no_blockers()
    {
        using var folder = DefinitionsFolder.Orders();

        var lines = CommandLine.Run("run", folder.FullPath).OutLines;

        lines.Should().ContainInConsecutiveOrder("gate deploy: pass", "3 monitors: 3 pass, 0 warn, 0 fail, 0 error, 0 skipped");
        lines.Should().NotContain(line => line.Contains("blocked by", StringComparison.Ordinal));
    }

    [Fact]
    public void Monitors_of_two_datasets_are_grouped_under_each_datasets_name()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("refunds/refunds.yaml", """
            datasets:
              - id: refunds
                owner: shop-data
                snapshots: { current: data/refunds.csv }
                columns:
                  refund_id: { type: string, role: id }
                  amount:    { type: double, role: feature }
            monitors:
              - id: refund-amount-completeness
                dataset: refunds
                check: completeness
                column: amount
                warn: 0.1
                fail: 0.5
                severity: info
                owner: shop-data

            """);
        folder.Write("refunds/data/refunds.csv", "refund_id,amount\nr1,5\nr2,\nr3,\n");

        var outcome = CommandLine.Run("run", folder.FullPath);
        var lines = outcome.OutLines.ToList();

        outcome.ExitCode.Should().Be(ExitCodes.Failed, "two of three refunds have no amount");
        var orders = lines.IndexOf("orders");
        var refunds = lines.IndexOf("refunds");
        orders.Should().BeGreaterThanOrEqualTo(0);
        refunds.Should().BeGreaterThan(orders);
        foreach (var monitor in new[] { "amount-completeness", "orders-freshness", "amount-drift" })
        {
            lines.FindIndex(l => Cells(l).Contains(monitor)).Should().BeInRange(orders + 1, refunds - 1);
        }

        lines.FindIndex(l => Cells(l).Contains("refund-amount-completeness")).Should().BeGreaterThan(refunds);
    }

    private static List<string> Cells(string line) =>
        line.StartsWith('|') ? [.. line.Trim('|').Split('|').Select(c => c.Trim())] : [];
}
