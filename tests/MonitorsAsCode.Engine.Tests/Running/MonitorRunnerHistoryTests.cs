using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Running;

[UseCulture("de-DE")]
public sealed class MonitorRunnerHistoryTests : IDisposable
{
    private const string Definitions = """
        datasets:
          - id: payments
            snapshots: { current: payments.csv }
            columns:
              amount: { type: double }
        monitors:
          - id: amount-nulls
            dataset: payments
            check: completeness
            column: amount
            baseline: { method: median-mad, window: 5d, min_history: 3 }
            fail: 3
          - id: plain
            dataset: payments
            check: completeness
            column: amount
            fail: 0.9
        """;

    private static readonly DateTimeOffset Start = new(2026, 8, 10, 0, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public MonitorRunnerHistoryTests()
    {
        directory.Write("payments.csv", "amount\n1\n\n\n4\n"); // half the values are null
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_baseline_monitor_without_a_history_is_skipped_and_other_monitors_run_as_before()
    {
        var run = Run(new RunOptions { AsOf = Start });

        run.Results.Select(r => (r.MonitorId, r.Status)).Should().Equal(("amount-nulls", CheckStatus.Skipped), ("plain", CheckStatus.Pass));
        run.Results[0].Evidence.Summary.Should().Contain("give --history FILE");
    }

    [Fact]
    public void The_runner_judges_the_measured_value_against_the_recorded_history_of_the_window_before()
    {
        var store = new MemoryHistoryStore();
        foreach (var (day, share) in new[] { (5, 0.1), (6, 0.12), (7, 0.11), (8, 0.09), (9, 0.1) })
        {
            var window = new JudgedWindow(Start.AddDays(day - 10), Start.AddDays(day - 9), Start.AddDays(day - 9));
            store.Record([new HistoryEntry("amount-nulls", "payments", "completeness", window, CheckStatus.Pass, share)]);
        }

        // A run over the whole snapshot, judged at the end of the day after the recorded ones.
        var result = Run(new RunOptions { AsOf = Start.AddDays(1), History = store }).Results[0];

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(0.5);
        result.Evidence.Summary.Should().StartWith("0.5 is 26.9796 deviations above the expected 0.1 (median-mad over 5 past windows, none left out; band 0.04811 to 0.1519)"); // 0.4 / (1.4826 × 0.01)
    }

    private RunResult Run(RunOptions options) =>
        new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, Definitions), options);
}
