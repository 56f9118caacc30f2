using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Results;

namespace MonitorsAsCode.Rendering.Tests.Results;

public sealed class RunResultJsonTests
{
    [Fact]
    public void A_results_file_is_read_with_thresholds_evidence_and_distribution()
    {
        var run = RunResultJson.Parse("""
            {"results":[{"monitor":"m","dataset":"d","check":"drift","column":"c","columns":["c"],"method":"psi","status":"fail",
              "metric":"psi","unit":"score","value":0.5,"warn":0.1,"fail":{"below":null,"above":0.25},"severity":"act","owner":"o","runbook":"r",
              "evidence":"moved","details":[{"title":"t","columns":["bin","share"],"rows":[["a",0.5],["b","NaN"]]}],
              "distribution":{"kind":"categories","reference_values":10,"current_values":12,"merged_categories":0,"bins":[{"label":"a","reference":0.5,"current":0.25}]}}],
             "gates":[{"id":"g","status":"fail","monitors":["m"],"blocking":["m"]}],"summary":{}}
            """, "results.json");

        var result = run.Results.Single();
        result.Status.Should().Be(CheckStatus.Fail);
        result.Warn!.Value.Above.Should().Be(0.1);
        result.Fail!.Value.Above.Should().Be(0.25);
        result.Metric.Name.Should().Be("psi");
        result.Evidence.Details.Single().Rows[1][1].ToString().Should().Be("NaN");
        result.Distribution!.Bins.Single().Should().Be(new DistributionBin("a", 0.5, 0.25));
        run.Gates.Single().Blocking.Should().Equal("m");
    }

    [Fact]
    public void Results_naming_a_monitor_the_definitions_do_not_declare_are_refused_naming_it()
    {
        var run = RunResultJson.Parse("""
            {"results":[{"monitor":"ghost-monitor","dataset":"d","check":"completeness","column":"c","columns":["c"],"status":"pass",
              "metric":"null share","value":0,"warn":null,"fail":null,"severity":"info","evidence":"ok"},
              {"monitor":"m","dataset":"d","check":"completeness","column":"c","columns":["c"],"status":"pass",
              "metric":"null share","value":0,"warn":null,"fail":null,"severity":"info","evidence":"ok"}],
             "gates":[{"id":"g","status":"pass","monitors":["m"],"blocking":[]}],"summary":{}}
            """, "results.json");
        var declared = new MonitorsAsCode.Definitions.DefinitionSet([], [Monitor("m")], []);
        var withGhost = declared with { Monitors = [Monitor("m"), Monitor("ghost-monitor")], Gates = [new("g", ["m"])] };

        var refuse = () => RunResultJson.RefuseUnknown(run, declared, "results.json");

        refuse.Should().Throw<ResultsFileException>().WithMessage("results file 'results.json' has results for monitor 'ghost-monitor'; gate 'g' that the definitions do not declare*");
        RunResultJson.RefuseUnknown(run, withGhost, "results.json");
    }

    private static MonitorsAsCode.Definitions.Monitors.MonitorDefinition Monitor(string id) =>
        new(id, "d", MonitorsAsCode.Definitions.Monitors.CheckKind.Completeness);

    [Fact]
    public void Slos_and_the_gates_verdicts_on_them_are_read_back()
    {
        var run = RunResultJson.Parse("""
            {"results":[],
             "gates":[{"id":"deploy","status":"fail","monitors":[],"blocking":[],"mode":"blocking","slos":["latency"],"blocking_slos":["latency"],
               "slo_verdicts":[{"slo":"latency","status":"fail","budget_remaining":0.125,"min_budget_remaining":0.25,"reason":"12.5% left"}]}],
             "slos":[{"slo":"latency","service":"api","dataset":"serving","status":"fail","objective":0.99,"window":"28d","budgeting":"occurrences",
               "as_of":"2026-11-16T00:00:00Z","window_start":"2026-10-19T00:00:00Z","coverage":1,"events":1000,"good":989,"sli":0.989,
               "error_budget":0.01,"budget_consumed":1.1,"budget_remaining":-0.1,"warn":{"below":0.5,"above":null},"fail":{"below":0.25,"above":null},
               "firing":["page"],"burn_rates":[{"severity":"page","long_window":3600,"short_window":300,"factor":13.44,"long_burn_rate":20,
               "short_burn_rate":null,"long_events":40,"short_events":0,"long_partial":false,"short_partial":true,"firing":false}],
               "owner":"oncall","runbook":"runbooks/slo.md","evidence":"missed"}],
             "summary":{}}
            """, "results.json");

        var slo = run.Slos.Single();
        (slo.SloId, slo.DatasetId, slo.Status, slo.Window, slo.TotalEvents, slo.GoodEvents).Should().Be(("latency", "serving", CheckStatus.Fail, "28d", 1000L, 989L));
        (slo.Objective, slo.Sli, slo.BudgetRemaining, slo.BudgetRemainingWarn, slo.BudgetRemainingFail).Should().Be((0.99, 0.989, -0.1, 0.5, 0.25));
        slo.AsOf.Should().Be(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));
        slo.BurnRates.Single().Should().Be(new BurnRateResult(MonitorsAsCode.Definitions.Slos.AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 13.44)
        {
            LongBurnRate = 20,
            LongEvents = 40,
            ShortPartial = true,
        });
        var gate = run.Gates.Single();
        gate.BlockingSlos.Should().Equal("latency");
        gate.SloVerdicts.Single().Should().Be(new GateSloVerdict("latency", CheckStatus.Fail) { BudgetRemaining = 0.125, MinBudgetRemaining = 0.25, Reason = "12.5% left" });
    }

    [Fact]
    public void A_file_that_is_not_results_is_reported_with_its_name()
    {
        var parse = () => RunResultJson.Parse("""{"results":[{"monitor":"m"}]}""", "results.json");

        parse.Should().Throw<ResultsFileException>().WithMessage("results file 'results.json' is not what 'monitors run --format json' writes: *");
    }

    [Fact]
    public void Broken_json_is_reported_with_its_name()
    {
        var parse = () => RunResultJson.Parse("{", "run.json");

        parse.Should().Throw<ResultsFileException>().WithMessage("results file 'run.json' is not valid JSON*");
    }

    [Fact]
    public void Events_and_suppressions_round_trip_through_the_json_writer_and_reader()
    {
        var run = EventRun.Create();

        var json = JsonReport.Render(run);
        var read = RunResultJson.Parse(json, "results.json");

        json.Should().Contain("\"status\": \"fail\",\n      \"events\": [\n        \"campaign-2026-10\",\n        \"deploy-v2\"\n      ],\n      \"suppressed_by\": [\n        \"campaign-2026-10\"\n      ],\n").And.Contain("\"suppressed\": 2");
        read.Results.Select(r => (r.Status, string.Join(",", r.Events), string.Join(",", r.SuppressedBy))).Should().Equal(
            (Engine.Results.CheckStatus.Fail, "campaign-2026-10,deploy-v2", "campaign-2026-10"),
            (Engine.Results.CheckStatus.Pass, "deploy-v2", ""),
            (Engine.Results.CheckStatus.Warn, EventRun.HostileEvent, EventRun.HostileEvent));
        read.Fails(Engine.Results.FailOn.Warn).Should().BeFalse("suppressed results read back still do not fail");
        JsonReport.Render(read).Should().Be(json);
    }

    [Fact]
    public void Results_without_events_write_no_event_fields()
    {
        var run = EventRun.Create();
        var bare = run with { Results = [.. run.Results.Select(r => r with { Events = [], SuppressedBy = [] })] };

        JsonReport.Render(bare).Should().NotContain("events").And.NotContain("suppressed");
    }
}
