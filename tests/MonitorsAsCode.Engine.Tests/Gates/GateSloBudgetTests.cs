using System.Globalization;
using System.Text;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Gates;

/// <summary>
/// A gate demanding its own minimum budget remaining of an SLO (<c>slos: [{ id, budget_remaining }]</c>):
/// two gates judge the same SLO against different budgets, and the plain form keeps the SLO's own verdict.
/// </summary>
[UseCulture("de-DE")]
public sealed class GateSloBudgetTests : IDisposable
{
    // Hand-computed on the log below (one day, objective window 1d):
    // availability: 100 events, 1 bad (status 503) -> error ratio 0.01, budget 0.1, remaining 1 - 0.01/0.1 = 0.9.
    // latency: 99 events with status < 500, 9 slower than 120 ms -> error ratio 9/99, budget 0.1,
    //          remaining 1 - (9/99)/0.1 = 0.0909...; page factor 0.02 * 24h / 1h = 0.48; the last hour (23:00, 24:00]
    //          holds 58 counted events, 9 slow (burn (9/58)/0.1 = 1.55) and the last 5 minutes only slow ones (burn 10), so it fires.
    private const string Definitions = """
        datasets:
          - id: serving
            snapshots: { current: serving.csv, captured_at: 2026-11-16T00:00:00Z }
            columns:
              request_time: { type: timestamp, role: event_time }
              latency_ms:   { type: double }
              status:       { type: int64 }
        slos:
          - id: availability
            dataset: serving
            indicator: { good: "status < 500" }
            objective: 0.9
            window: 1d
            budget_remaining: { fail: 0.95 }
          - id: latency
            dataset: serving
            indicator: { good: "latency_ms <= 120", total: "status < 500" }
            objective: 0.9
            window: 1d
            alerting:
              page: { runbook: "https://wiki.example.com/latency" }
              windows: [{ severity: page, long: 1h, short: 5m, budget_consumed: 0.02 }]
        gates:
          - id: strict
            monitors: []
            slos: [{ id: availability, budget_remaining: 0.92 }]
          - id: lenient
            monitors: []
            slos: [{ id: availability, budget_remaining: 0.5 }]
          - id: own-verdict
            monitors: []
            slos: [availability]
          - id: latency-gate
            monitors: []
            slos: [{ id: latency, budget_remaining: 0.05 }]
        """;

    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public GateSloBudgetTests()
    {
        // 100 requests a minute apart up to 23:59; the last 10 are slow and one of them failed.
        var csv = new StringBuilder("request_time,latency_ms,status\n");
        for (var i = 0; i < 100; i++)
        {
            var time = new DateTime(2026, 11, 15, 22, 20, 0, DateTimeKind.Utc).AddMinutes(i);
            csv.Append(time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(i >= 90 ? "300" : "40").Append(',').Append(i == 95 ? "503" : "200").Append('\n');
        }

        folder.Write("serving.csv", csv.ToString());
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Two_gates_demand_different_budgets_of_the_same_slo()
    {
        var run = Run(Definitions);

        run.Slos[0].BudgetRemaining.Should().BeApproximately(0.9, 1e-12);
        run.Slos[0].Status.Should().Be(CheckStatus.Fail, "by its own threshold 0.95 the SLO fails");
        var strict = Gate(run, "strict");
        strict.Status.Should().Be(CheckStatus.Fail);
        strict.BlockingSlos.Should().Equal("availability");
        strict.SloVerdicts.Should().ContainSingle().Which.Should().Be(new GateSloVerdict("availability", CheckStatus.Fail)
        {
            MinBudgetRemaining = 0.92,
            BudgetRemaining = run.Slos[0].BudgetRemaining,
            Reason = "90.0% of the error budget left, the gate requires 92.0%",
        });

        var lenient = Gate(run, "lenient");
        lenient.Status.Should().Be(CheckStatus.Warn, "the gate's 50% is met, but the SLO fails by its own thresholds");
        lenient.BlockingSlos.Should().BeEmpty();
        lenient.SloVerdicts.Single().Reason.Should().Be("90.0% of the error budget left, enough for the gate's 50.0%, though by its own thresholds the SLO fails");
    }

    [Fact]
    public void A_plain_slo_id_keeps_the_slos_own_verdict()
    {
        var own = Gate(Run(Definitions), "own-verdict");

        own.Status.Should().Be(CheckStatus.Fail);
        own.BlockingSlos.Should().Equal("availability");
        own.SloVerdicts.Single().MinBudgetRemaining.Should().BeNull();
        own.SloVerdicts.Single().Reason.Should().Be("90.0% of the error budget left");
    }

    [Fact]
    public void A_met_budget_still_blocks_while_the_page_alert_fires()
    {
        var run = Run(Definitions);

        run.Slos[1].BudgetRemaining.Should().BeApproximately(1 - (9.0 / 99) / 0.1, 1e-12);
        run.Slos[1].Firing.Should().Contain(MonitorsAsCode.Definitions.Slos.AlertSeverity.Page);
        var gate = Gate(run, "latency-gate");
        gate.Status.Should().Be(CheckStatus.Fail);
        gate.SloVerdicts.Single().Reason.Should().Be("9.1% of the error budget left (the gate requires 5.0%), but its page alert is firing");
    }

    [Fact]
    public void A_met_budget_without_alerts_passes_even_below_the_slos_own_fail_threshold_in_the_lenient_gate_only()
    {
        var relaxed = Definitions.Replace("budget_remaining: { fail: 0.95 }", "budget_remaining: { fail: 0.5 }", StringComparison.Ordinal);

        var run = Run(relaxed);

        run.Slos[0].Status.Should().Be(CheckStatus.Pass);
        Gate(run, "lenient").Status.Should().Be(CheckStatus.Pass);
        Gate(run, "lenient").SloVerdicts.Single().Reason.Should().BeNull();
        Gate(run, "own-verdict").Status.Should().Be(CheckStatus.Pass);
        Gate(run, "strict").Status.Should().Be(CheckStatus.Fail, "the strict gate asks for more budget than the SLO's own threshold");
    }

    [Fact]
    public void A_budget_demanded_of_an_slo_with_no_events_in_its_window_is_an_error()
    {
        var run = new MonitorRunner().Run(ValidDefinitions.Load(folder.Root, Definitions), new RunOptions { AsOf = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) });

        var strict = Gate(run, "strict");
        strict.Status.Should().Be(CheckStatus.Fail, "a member that errors fails the gate");
        strict.BlockingSlos.Should().Equal("availability");
        strict.SloVerdicts.Single().Status.Should().Be(CheckStatus.Error);
        strict.SloVerdicts.Single().Reason.Should().StartWith("its budget could not be measured (").And.EndWith("); the gate requires 92.0% of it left");
    }

    private RunResult Run(string yaml) => new MonitorRunner().Run(ValidDefinitions.Load(folder.Root, yaml));

    private static GateResult Gate(RunResult run, string id) => run.Gates.Single(g => g.Id == id);
}
