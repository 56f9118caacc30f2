using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;
using MonitorsAsCode.Xunit.Running;

namespace MonitorsAsCode.Xunit.Tests.Running;

public sealed class MonitorVerdictTests
{
    [Theory]
    [InlineData(CheckStatus.Pass, "Passed")]
    [InlineData(CheckStatus.Warn, "Skipped")]
    [InlineData(CheckStatus.Fail, "Failed")]
    [InlineData(CheckStatus.Error, "Failed")]
    [InlineData(CheckStatus.Skipped, "Skipped")]
    public void Each_status_reads_as_its_test_outcome_with_the_report_as_message(CheckStatus status, string expected)
    {
        var result = SampleResults.Drift(status, 0.3);

        var verdict = MonitorVerdict.Of(result);

        verdict.Outcome.ToString().Should().Be(expected);
        verdict.Message.Should().StartWith(MonitorReport.Headline(result)).And.Contain("bins that moved most:");
    }

    [Fact]
    public void A_failure_suppressed_by_a_known_event_passes_and_its_report_says_which_event()
    {
        var result = SampleResults.Drift(CheckStatus.Fail, 0.3) with { Events = ["campaign-2026-10"], SuppressedBy = ["campaign-2026-10"] };

        var verdict = MonitorVerdict.Of(result);

        verdict.Outcome.ToString().Should().Be("Passed");
        verdict.Message.Should().StartWith("fail (suppressed: campaign-2026-10): psi");
    }

    [Fact]
    public void A_run_that_could_not_happen_fails_every_monitor_with_its_problem()
    {
        var verdict = MonitorVerdict.Of(new SuiteRun(null, "a snapshot could not be read"), "amount-drift");

        verdict.Should().Be(new MonitorVerdict(TestOutcome.Failed, "a snapshot could not be read"));
    }

    [Fact]
    public void A_monitor_missing_from_the_run_fails_saying_the_definitions_changed()
    {
        var run = new SuiteRun(new RunResult([SampleResults.Drift(CheckStatus.Pass, 0.01)], []), null);

        var verdict = MonitorVerdict.Of(run, "amount-drift");

        verdict.Outcome.Should().Be(TestOutcome.Failed);
        verdict.Message.Should().Be("monitor 'amount-drift' is no longer declared: the definitions changed after the tests were discovered");
    }
}
