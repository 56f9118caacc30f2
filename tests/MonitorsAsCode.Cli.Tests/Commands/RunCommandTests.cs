using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// <c>monitors run monitors/fraud-scoring</c>: every problem the README says was injected into the
/// current week is caught by its monitor, nothing else fails, and the gates say so.
/// </summary>
public sealed class RunCommandTests
{
    [Fact]
    public void Worked_example_exits_1_because_monitors_fail()
    {
        var outcome = FraudScoringExample.Run("--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        outcome.Error.Should().BeEmpty();
    }

    [Fact]
    public void Each_injected_problem_fails_on_its_monitor_and_every_other_monitor_passes()
    {
        var statuses = Results(FraudScoringExample.Run("--format", "json"))
            .ToDictionary(r => r.GetProperty("monitor").GetString() ?? string.Empty, r => r.GetProperty("status").GetString());

        statuses.Keys.Should().Equal(FraudScoringExample.EveryMonitor);
        foreach (var monitor in FraudScoringExample.EveryMonitor)
        {
            var expected = FraudScoringExample.CatchingMonitors.Contains(monitor) ? "fail"
                : FraudScoringExample.DailyMonitors.Contains(monitor) && monitor != "guest-checkout-share" ? "skipped" : "pass";
            statuses[monitor].Should().Be(expected, "monitor '{0}' must {1} on the worked example", monitor, expected);
        }
    }

    [Theory]
    // Exact values: 1,230 DE rows with no device, 757 'bnpl' rows and 349 duplicates among 12,349 rows.
    [InlineData("device-type-completeness", 1230.0 / 12349, 1e-12)]
    [InlineData("payment-method-validity", 757.0 / 12349, 1e-12)]
    [InlineData("transaction-id-uniqueness", 349.0 / 12349, 1e-12)]
    // Newest event 2026-11-13T23:58:25Z against captured_at 2026-11-16T00:00:00Z: 48h1m35s.
    [InlineData("event-freshness", 172895.0, 1e-9)]
    // PSI from the README's independent NumPy script; the engine's quantile convention differs in the last digits.
    [InlineData("txn-sum-30d-drift", 2.44, 0.05)]
    [InlineData("payment-method-drift", 0.40, 0.01)]
    public void Each_catching_monitor_measures_the_size_of_its_problem(string monitor, double expected, double tolerance)
    {
        var result = Results(FraudScoringExample.Run("--format", "json")).Single(r => r.GetProperty("monitor").GetString() == monitor);

        result.GetProperty("value").GetDouble().Should().BeApproximately(expected, tolerance * Math.Max(1, Math.Abs(expected)));
    }

    [Fact]
    public void Deploy_gate_fails_blocked_by_every_catching_monitor()
    {
        var gates = Gates(FraudScoringExample.Run("--format", "json"));

        var deploy = gates.Single(g => g.GetProperty("id").GetString() == "deploy");
        deploy.GetProperty("status").GetString().Should().Be("fail");
        Strings(deploy.GetProperty("blocking")).Should().Equal(FraudScoringExample.CatchingMonitors);
        Strings(deploy.GetProperty("monitors")).Should().Equal(FraudScoringExample.DeployMembers);
    }

    [Fact]
    public void Retrain_gate_fails_on_the_data_problems_but_not_on_population_drift()
    {
        var gates = Gates(FraudScoringExample.Run("--format", "json"));

        var retrain = gates.Single(g => g.GetProperty("id").GetString() == "retrain");
        retrain.GetProperty("status").GetString().Should().Be("fail");
        Strings(retrain.GetProperty("blocking")).Should().Equal(FraudScoringExample.CatchingMonitors.Where(m => m != "payment-method-drift"));
    }

    [Fact]
    public void Gate_option_limits_the_results_to_the_gates_members_and_reports_only_that_gate()
    {
        var outcome = FraudScoringExample.Run("--format", "json", "--gate", "deploy");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        Results(outcome).Select(r => r.GetProperty("monitor").GetString()).Should().Equal(FraudScoringExample.DeployMembers);
        Gates(outcome).Select(g => g.GetProperty("id").GetString()).Should().Equal("deploy");
        Gates(outcome)[0].GetProperty("status").GetString().Should().Be("fail");
    }

    [Fact]
    public void A_passing_gate_exits_0_even_when_a_monitor_outside_it_fails()
    {
        using var folder = DefinitionsFolder.Orders();
        // Amounts a hundred times larger: amount-drift (not in gate deploy) fails, the gate's members pass.
        folder.Write("data/current.csv", """
            order_id,placed_at,amount
            o1,2026-01-01T09:00:00Z,1000
            o2,2026-01-01T10:00:00Z,2000
            o3,2026-01-01T11:00:00Z,3000
            o4,2026-01-01T12:00:00Z,4000

            """);

        var everything = CommandLine.Run("run", folder.FullPath, "--format", "json");
        var gateOnly = CommandLine.Run("run", folder.FullPath, "--format", "json", "--gate", "deploy");

        everything.ExitCode.Should().Be(ExitCodes.Failed);
        Results(everything).Single(r => r.GetProperty("monitor").GetString() == "amount-drift").GetProperty("status").GetString().Should().Be("fail");
        gateOnly.ExitCode.Should().Be(ExitCodes.Passed);
        Results(gateOnly).Select(r => r.GetProperty("monitor").GetString()).Should().Equal("amount-completeness", "orders-freshness");
    }

    [Fact]
    public void Definitions_that_all_pass_exit_0()
    {
        using var folder = DefinitionsFolder.Orders();

        var outcome = CommandLine.Run("run", folder.FullPath);

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        outcome.Error.Should().BeEmpty();
        outcome.OutLines[^1].Should().Be("3 monitors: 3 pass, 0 warn, 0 fail, 0 error, 0 skipped");
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var folder = DefinitionsFolder.Orders();
        // A fifth order without an amount: a null share of 0.2, past warn (0.1) but within fail (0.5).
        folder.Write("data/current.csv", DefinitionsFolder.Snapshot + "o5,2026-01-01T12:30:00Z,\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Passed);
        var summary = outcome.Json().GetProperty("summary");
        summary.GetProperty("warn").GetInt32().Should().Be(1);
        summary.GetProperty("fail").GetInt32().Should().Be(0);
        outcome.Json().GetProperty("gates")[0].GetProperty("status").GetString().Should().Be("warn");
    }

    [Fact]
    public void A_drift_monitor_on_400000_gained_or_lost_ids_writes_a_small_capped_report()
    {
        using var folder = DefinitionsFolder.Orders();
        folder.Write("data/reference.csv", Orders("r"));
        folder.Write("data/current.csv", Orders("c"));
        folder.Write("monitors.yaml", DefinitionsFolder.MonitorsYaml + """
              - id: order-id-drift
                dataset: orders
                check: drift
                column: order_id
                method: psi
                warn: 0.1
                fail: 0.25
                severity: info
                owner: shop-data

            """);

        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json");

        outcome.ExitCode.Should().Be(ExitCodes.Failed);
        // Listing every category wrote 38 MB; the capped table is a few kilobytes.
        outcome.Out.Length.Should().BeLessThan(200_000);
        var drift = Results(outcome).Single(r => r.GetProperty("monitor").GetString() == "order-id-drift");
        var table = drift.GetProperty("details").EnumerateArray()
            .Single(t => t.GetProperty("title").GetString() == "categories gained or lost");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(21);
        // Every id carries 1/200,000 of its side: ties go in ordinal order, and 'c…' (new) sorts before 'r…' (gone).
        rows[0][0].GetString().Should().Be("c000000");
        rows[19][0].GetString().Should().Be("c000019");
        rows[^1][0].GetString().Should().Be("and 399,980 more categories gained or lost");
        rows[^1][1].GetString().Should().Be("199,980 new, 200,000 gone");
    }

    private static string Orders(string prefix)
    {
        var text = new System.Text.StringBuilder("order_id,placed_at,amount\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append(prefix).Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Append(",2026-01-01T12:00:00Z,10\n");
        }

        return text.ToString();
    }

    private static List<JsonElement> Results(CommandOutcome outcome) =>
        [.. outcome.Json().GetProperty("results").EnumerateArray()];

    private static List<JsonElement> Gates(CommandOutcome outcome) =>
        [.. outcome.Json().GetProperty("gates").EnumerateArray()];

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());
}
