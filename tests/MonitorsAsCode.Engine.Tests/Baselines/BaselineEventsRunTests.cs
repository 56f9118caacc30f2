using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Baselines;

/// <summary>
/// A run reads its history for baselines, and the definitions' known events decide which past windows a baseline
/// leaves out: the wiring between the runner, the history it is given and the <c>events:</c> list.
/// </summary>
[UseCulture("de-DE")]
public sealed class BaselineEventsRunTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Windows_inside_an_exclude_from_baseline_event_are_left_out_of_the_baseline_of_a_run()
    {
        // A null share of 0.1 today; the usual day held 0.09–0.11, the campaign days 0.9.
        directory.Write("current.csv", "x\n" + string.Concat(Enumerable.Range(0, 30).Select(i => i % 10 == 0 ? "\n" : $"{i}\n")));
        var history = new MemoryHistoryStore();
        var day0 = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 20; day++)
        {
            var campaign = day is >= 10 and <= 13;
            var window = new JudgedWindow(day0.AddDays(day), day0.AddDays(day + 1), day0.AddDays(day + 1));
            history.Record([new HistoryEntry("nulls", "d", "completeness", window, CheckStatus.Pass, campaign ? 0.9 : 0.09 + (0.01 * (day % 3)))]);
        }

        var withEvent = Run(history, day0.AddDays(20), """
            events:
              - { id: campaign, from: 2026-08-11, to: 2026-08-14, kind: campaign, effect: exclude-from-baseline }
            """);
        var withoutEvent = Run(history, day0.AddDays(20), "");

        withEvent.Value.Should().Be(0.1);
        withEvent.Status.Should().Be(CheckStatus.Pass);
        var leftOut = withEvent.Evidence.Details.Single(t => t.Rows.Any(r => r.Any(c => c.Text == "excluded by a known event")));
        leftOut.Rows.Count(r => r.Any(c => c.Text == "excluded by a known event")).Should().Be(4, "the campaign covers four days");
        withoutEvent.Evidence.Details.SelectMany(t => t.Rows).Should().NotContain(r => r.Any(c => c.Text == "excluded by a known event"));
    }

    private CheckResult Run(IHistoryReader history, DateTimeOffset asOf, string events)
    {
        var definitions = ValidDefinitions.Load(directory.Root, $$"""
            datasets:
              - id: d
                snapshots: { current: current.csv }
                columns:
                  x: { type: int64 }
            monitors:
              - id: nulls
                dataset: d
                check: completeness
                column: x
                baseline: { method: median-mad, window: 28d, min_history: 10 }
                warn: 3
                fail: 5
            {{events}}
            """);
        var window = new JudgedWindow(asOf, asOf.AddDays(1), asOf.AddDays(1));
        return new MonitorRunner().Run(definitions, new RunOptions { History = history, AsOf = window.AsOf }).Results.Single();
    }
}
