using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Xunit.Reporting;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>
/// How one monitor's result reads as a test: pass passes, fail and error fail, warn and skipped are
/// skipped; the message is always the monitor's report (headline and evidence tables).
/// </summary>
internal sealed record MonitorVerdict(TestOutcome Outcome, string Message)
{
    /// <summary>The verdict on <paramref name="monitorId"/> from its suite's run.</summary>
    public static MonitorVerdict Of(SuiteRun run, string monitorId)
    {
        if (run.Result is null)
        {
            return new MonitorVerdict(TestOutcome.Failed, run.Problem ?? "the suite did not run");
        }

        foreach (var result in run.Result.Results)
        {
            if (string.Equals(result.MonitorId, monitorId, StringComparison.Ordinal))
            {
                return Of(result);
            }
        }

        return new MonitorVerdict(TestOutcome.Failed, $"monitor '{monitorId}' is no longer declared: the definitions changed after the tests were discovered");
    }

    /// <summary>The verdict on one result.</summary>
    public static MonitorVerdict Of(CheckResult result)
    {
        // A failure a known event suppressed passes, as it does not fail `monitors run`; its report says so.
        var outcome = result.CountedStatus switch
        {
            CheckStatus.Pass => TestOutcome.Passed,
            CheckStatus.Warn or CheckStatus.Skipped => TestOutcome.Skipped,
            _ => TestOutcome.Failed,
        };
        return new MonitorVerdict(outcome, MonitorReport.Describe(result));
    }
}
