using System.Diagnostics;
using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Discovery;

/// <summary>
/// Reports one monitor case to the runner: starting, then passed, failed (with the monitor's report
/// as the message) or skipped (with it as the reason), then finished.
/// </summary>
internal sealed class MonitorTestCaseRunner(
    MonitorTestCase testCase,
    IMessageBus messageBus,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource)
    : TestCaseRunner<MonitorTestCase>(testCase, messageBus, aggregator, cancellationTokenSource)
{
    /// <summary>The exception type runners print without a prefix, as they do for assertion failures.</summary>
    private const string FailureType = "Xunit.Sdk.XunitException";

    protected override Task<RunSummary> RunTestAsync()
    {
        var test = new XunitTest(TestCase, TestCase.DisplayName);
        var summary = new RunSummary { Total = 1 };
        if (!MessageBus.QueueMessage(new TestStarting(test)))
        {
            CancellationTokenSource.Cancel();
            return Task.FromResult(summary);
        }

        var stopwatch = Stopwatch.StartNew();
        MonitorVerdict verdict;
        try
        {
            verdict = TestCase.Judge();
        }
        catch (Exception exception)
        {
            // A bug below must show as this case's failure, never take the test run down.
            verdict = new MonitorVerdict(TestOutcome.Failed, $"the monitors could not be run: {exception}");
        }

        summary.Time = (decimal)stopwatch.Elapsed.TotalSeconds;
        var output = string.Empty;
        IMessageSinkMessage result;
        switch (verdict.Outcome)
        {
            case TestOutcome.Passed:
                output = verdict.Message;
                result = new TestPassed(test, summary.Time, output);
                break;
            case TestOutcome.Skipped:
                summary.Skipped = 1;
                result = new TestSkipped(test, verdict.Message);
                break;
            default:
                summary.Failed = 1;
                result = new TestFailed(test, summary.Time, output, [FailureType], [verdict.Message], [string.Empty], [-1]);
                break;
        }

        if (!MessageBus.QueueMessage(result))
        {
            CancellationTokenSource.Cancel();
        }

        if (!MessageBus.QueueMessage(new TestFinished(test, summary.Time, output)))
        {
            CancellationTokenSource.Cancel();
        }

        return Task.FromResult(summary);
    }
}
