using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Engine.Events;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Events;

[UseCulture("de-DE")]
public sealed class KnownEventsTests : IDisposable
{
    // hour-valid fails (hour 25), amount-drift warns, amount-nulls passes, missing-nulls errors (no such column in the file).
    private const string Definitions = """
        datasets:
          - id: payments
            snapshots: { reference: payments-reference.csv, current: payments-current.csv }
            columns:
              id: { type: string, role: id }
              amount: { type: double }
              hour: { type: int64 }
              missing: { type: double }
          - id: clicks
            snapshots: { current: clicks.csv }
            columns:
              user: { type: string, role: id }
        monitors:
          - { id: amount-nulls, dataset: payments, check: completeness, column: amount, fail: 0.5 }
          - { id: hour-valid, dataset: payments, check: validity, column: hour, min: 0, max: 23, fail: 0.01 }
          - { id: amount-drift, dataset: payments, check: drift, column: amount, warn: 0.1, fail: 100 }
          - { id: missing-nulls, dataset: payments, check: completeness, column: missing, fail: 0.5 }
          - { id: user-dupes, dataset: clicks, check: uniqueness, column: user, fail: 0 }
        gates:
          - { id: deploy, monitors: [hour-valid, amount-nulls] }
        events:
          - { id: campaign-2026-10, from: 2026-10-01, to: 2026-10-14, kind: campaign, effect: suppress, datasets: [payments] }
          - { id: deploy-v2, from: "2026-10-05T06:00:00Z", to: "2026-10-05T07:00:00Z", kind: release, effect: annotate }
          - { id: backfill, from: 2026-09-01, to: 2026-09-30, kind: backfill, effect: exclude-from-baseline, datasets: [payments] }
        """;

    private static readonly DateTimeOffset Day = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public KnownEventsTests()
    {
        directory.Write("payments-reference.csv", "id,amount,hour,missing\na,1,1,1\nb,2,2,1\nc,3,3,1\nd,4,4,1\n");
        directory.Write("payments-current.csv", "id,amount,hour\na,1,1\nb,1,25\nc,2,3\nd,9,4\n");
        directory.Write("clicks.csv", "user\nu1\nu1\n");
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_suppressed_failure_keeps_its_measured_status_but_fails_neither_the_run_nor_its_gate()
    {
        // A run over whole snapshots is judged at its as-of instant (a window would filter the rows by event time).
        var run = Run(window: null, asOf: Day.AddHours(6.5));
        var payments = run.Results.Where(r => r.DatasetId == "payments").ToDictionary(r => r.MonitorId);

        payments["hour-valid"].Status.Should().Be(CheckStatus.Fail, "the measured status is kept");
        payments["hour-valid"].SuppressedBy.Should().Equal("campaign-2026-10");
        payments["hour-valid"].CountedStatus.Should().Be(CheckStatus.Pass);
        payments["amount-drift"].SuppressedBy.Should().Equal("campaign-2026-10");
        payments["amount-nulls"].IsSuppressed.Should().BeFalse("a passing result has nothing to suppress");
        payments["amount-nulls"].Events.Should().Equal("campaign-2026-10", "deploy-v2");
        payments["missing-nulls"].Status.Should().Be(CheckStatus.Error);
        payments["missing-nulls"].IsSuppressed.Should().BeFalse("a monitor that cannot measure is never suppressed");
        run.Gates.Single().Status.Should().Be(CheckStatus.Pass);

        var clicks = run.Results.Single(r => r.MonitorId == "user-dupes");
        clicks.Status.Should().Be(CheckStatus.Fail);
        clicks.IsSuppressed.Should().BeFalse("the campaign names payments only");
        clicks.Events.Should().Equal("deploy-v2");

        var withoutError = run with { Results = [.. run.Results.Where(r => r.MonitorId is not ("missing-nulls" or "user-dupes"))] };
        withoutError.Fails(FailOn.Warn).Should().BeFalse("the suppressed failure and warning do not count");
        withoutError.HasFailures.Should().BeFalse();
        run.Fails(FailOn.Fail).Should().BeTrue("the error and the unsuppressed clicks failure still count");
    }

    [Fact]
    public void Outside_every_event_results_are_unchanged()
    {
        var run = Run(window: null, asOf: Day.AddDays(20));

        run.Results.Should().OnlyContain(r => r.Events.Count == 0 && r.SuppressedBy.Count == 0);
        run.Gates.Single().Status.Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void A_run_without_a_window_is_judged_at_its_as_of_instant()
    {
        var inside = Run(window: null, asOf: Day.AddHours(6.5));
        var after = Run(window: null, asOf: Day.AddHours(7));

        inside.Results.Single(r => r.MonitorId == "user-dupes").Events.Should().Equal("deploy-v2");
        after.Results.Single(r => r.MonitorId == "user-dupes").Events.Should().BeEmpty("the release ended at 07:00, exclusive");
        after.Results.Single(r => r.MonitorId == "hour-valid").SuppressedBy.Should().Equal("campaign-2026-10");
    }

    [Fact]
    public void Overlapping_finds_events_of_the_dataset_that_share_an_instant_with_the_window()
    {
        var events = KnownEvents.Of(ValidDefinitions.Load(directory.Root, Definitions));

        Ids(events.Overlapping("payments", new JudgedWindow(Day.AddDays(9), Day.AddDays(10), Day.AddDays(10)))).Should().Equal(new[] { "campaign-2026-10" }, "a 'to' date is the last whole day: the 14th is inside");
        Ids(events.Overlapping("payments", new JudgedWindow(Day.AddDays(10), Day.AddDays(11), Day.AddDays(11)))).Should().BeEmpty();
        Ids(events.Overlapping("payments", new JudgedWindow(Day.AddDays(-4), Day.AddDays(-3), Day.AddDays(-3)))).Should().Equal("campaign-2026-10");
        Ids(events.Overlapping("payments", new JudgedWindow(Day.AddDays(-5), Day.AddDays(-3), Day.AddDays(-3)))).Should().Equal(new[] { "campaign-2026-10", "backfill" }, "a window across both is partly inside each");
        Ids(events.Overlapping("clicks", JudgedWindow.At(Day.AddHours(6)))).Should().Equal("deploy-v2");
        KnownEvents.None.Overlapping("payments", JudgedWindow.At(Day)).Should().BeEmpty();
    }

    [Fact]
    public void A_past_window_overlapping_an_exclude_from_baseline_event_of_its_dataset_is_left_out_of_baselines()
    {
        var events = KnownEvents.Of(ValidDefinitions.Load(directory.Root, Definitions));
        var september = new DateTimeOffset(2026, 9, 15, 0, 0, 0, TimeSpan.Zero);

        events.ExcludesFromBaseline("payments", Entry("payments", new JudgedWindow(september, september.AddDays(1), september.AddDays(1)))).Should().BeTrue();
        events.ExcludesFromBaseline("payments", Entry("payments", new JudgedWindow(Day, Day.AddDays(1), Day.AddDays(1)))).Should().BeFalse("a suppress event does not exclude");
        events.ExcludesFromBaseline("clicks", Entry("clicks", new JudgedWindow(september, september.AddDays(1), september.AddDays(1)))).Should().BeFalse("the backfill names payments only");
        events.ExcludesFromBaseline("payments", Entry("payments", new JudgedWindow(september.AddDays(15), september.AddDays(16), september.AddDays(16)))).Should().BeTrue("the 30th is the backfill's last day");
        events.ExcludesFromBaseline("payments", Entry("payments", new JudgedWindow(september.AddDays(16), september.AddDays(17), september.AddDays(17)))).Should().BeFalse("the backfill ended with the 30th");
    }

    private static HistoryEntry Entry(string dataset, JudgedWindow window) => new("m", dataset, "drift", window, CheckStatus.Pass, 0.1);

    private static IEnumerable<string> Ids(IReadOnlyList<KnownEventDefinition> events) => events.Select(e => e.Id);

    private RunResult Run(JudgedWindow? window, DateTimeOffset? asOf = null) =>
        new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, Definitions), new RunOptions { Window = window, AsOf = asOf ?? Day });
}
