using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>
/// The worked example as a one-line <see cref="MonitorSuite"/>, run through <c>dotnet test</c> as a
/// team would: each monitor is a listed, filterable test case, the six monitors catching the
/// injected incidents fail with their evidence, and every other monitor passes.
/// </summary>
public sealed class ExamplesProjectTests(ExamplesTestRun run) : IClassFixture<ExamplesTestRun>
{
    /// <summary>The monitors the example's README says catch its injected incidents, with evidence each message must carry.</summary>
    public static readonly TheoryData<string, string, string> CatchingMonitors = new()
    {
        { "device-type-completeness", "10.0% of 12,349 rows are null (1,230)", "null share of 'device_type' by country:" },
        { "payment-method-validity", "are never seen in the reference: 'bnpl' (757)", "top invalid values:" },
        { "transaction-id-uniqueness", "349 of 12,349 rows (2.8%) repeat an earlier key", "most repeated keys:" },
        { "event-freshness", "newest event 2026-11-13T23:58:25Z is 48h2m old", "runbook runbooks/freshness.md" },
        { "txn-sum-30d-drift", "largest moves: (-inf, 583.871] 10.0% → 68.9%", "bins that moved most:" },
        { "payment-method-drift", "'bnpl' (new) 0.0% → 6.1%", "categories that moved most:" },
    };

    private static readonly IReadOnlyList<string> MonitorIds =
        [.. YamlDefinitionLoader.LoadDirectory(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring")).Definitions.Monitors.Select(m => m.Id)];

    private static IEnumerable<string> Catching => CatchingMonitors.Select(row => (string)row[0]);

    [Fact]
    public void Listing_shows_one_case_per_monitor_named_by_its_id()
    {
        run.List.ExitCode.Should().Be(0, run.List.ToString());

        ExamplesTestRun.Listed(run.List).Should().Equal(MonitorIds, run.List.ToString());
    }

    [Fact]
    public void A_trait_filter_lists_only_the_monitors_of_that_severity()
    {
        var act = YamlDefinitionLoader.LoadDirectory(Path.Combine(RepositoryCheckout.Root, "monitors", "fraud-scoring")).Definitions.Monitors
            .Where(m => YamlWords.Of(m.Severity) == "act").Select(m => m.Id);

        ExamplesTestRun.Listed(run.ListActSeverity).Should().Equal(act, run.ListActSeverity.ToString());
    }

    [Fact]
    public void A_display_name_filter_runs_exactly_that_monitor()
    {
        run.Filtered.ExitCode.Should().Be(0, run.Filtered.ToString());

        var result = run.FilteredResults.Should().ContainSingle(run.Filtered.ToString()).Subject;
        result.TestName.Should().Be("amount-drift");
        result.Outcome.Should().Be("Passed");
        result.StdOut.Should().StartWith("pass: psi ").And.Contain("monitor amount-drift on dataset fraud-scoring: drift (psi) of amount");
    }

    [Fact]
    public void The_whole_suite_fails_because_the_injected_incidents_do()
    {
        run.All.ExitCode.Should().Be(1, run.All.ToString());
        run.AllResults.Select(r => r.TestName).Should().BeEquivalentTo(MonitorIds);
    }

    [Theory]
    [MemberData(nameof(CatchingMonitors))]
    public void Each_injected_incident_fails_its_monitor_with_the_evidence(string monitor, string summary, string detail)
    {
        var result = run.AllResults.Should().ContainSingle(r => r.TestName == monitor, run.All.ToString()).Subject;

        result.Outcome.Should().Be("Failed");
        result.Message.Should().StartWith("fail: ").And.Contain(summary).And.Contain(detail);
    }

    [Fact]
    public void Every_other_monitor_passes()
    {
        var stable = MonitorIds.Except(Catching).Except(BaselineMonitors).ToList();

        stable.Should().HaveCount(13);
        run.AllResults.Where(r => stable.Contains(r.TestName)).Should().HaveCount(13)
            .And.OnlyContain(r => r.Outcome == "Passed", "only the injected incidents may fail");
    }

    [Fact]
    public void The_baseline_monitors_are_skipped_as_a_run_without_a_history_has_none_to_judge_them_by()
    {
        run.AllResults.Where(r => BaselineMonitors.Contains(r.TestName)).Should().HaveCount(2)
            .And.OnlyContain(r => r.Outcome == "NotExecuted", run.All.ToString());
    }

    private static readonly string[] BaselineMonitors = ["guest-checkout-share-vs-last-week", "guest-checkout-share-trend"];
}
