using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Building;

/// <summary>SLOs written with <see cref="MonitorBuilder.Slo"/> and <see cref="MonitorBuilder.MonitorSlo"/>: the YAML records, the YAML rules.</summary>
public sealed class SloBuilderTests
{
    private const string Datasets = """
        datasets:
          - id: fraud-serving
            snapshots: { current: data/serving.csv }
            columns:
              request_time: { type: timestamp, role: event_time }
              latency_ms:   { type: double }
              status:       { type: int64 }
        monitors:
          - { id: latency-complete, dataset: fraud-serving, check: completeness, column: latency_ms, fail: 0.01 }
        gates:
          - { id: deploy, monitors: [latency-complete], slos: [scoring-latency] }
        """;

    private const string Slos = """
        slos:
          - id: scoring-latency
            service: fraud-scoring-api
            description: Answers within 120 ms.
            owner: risk-ml-oncall
            dataset: fraud-serving
            indicator:
              good: "latency_ms <= 120"
              total: "status < 500"
              prometheus:
                good_query: 'sum(rate(http_duration_bucket{le="0.12"}[{{.window}}]))'
                total_query: 'sum(rate(http_duration_count[{{.window}}]))'
            objective: 0.99
            window: 28d
            budget_remaining: { warn: 0.5, fail: 0.25 }
            alerting:
              name: ScoringLatency
              labels: { team: risk-ml }
              annotations: { dashboard: "https://grafana/d/fraud" }
              page:
                runbook: runbooks/slo-burn.md
                summary: Fraud scoring is slow
                labels: { pager: primary }
              ticket: {}
              windows:
                - { severity: page, long: 1h, short: 5m, budget_consumed: 0.02 }
                - { severity: ticket, long: 3d, short: 6h, budget_consumed: 0.1 }
              maintenance:
                - { name: release, weekdays: [tuesday, thursday], start: "06:00", end: "06:30" }
          - id: hourly-availability
            dataset: fraud-serving
            indicator:
              good: "status < 500"
              prometheus:
                error_query: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))'
                total_query: 'sum(rate(http_requests_total[{{.window}}]))'
            objective: 0.95
            window: { calendar: month }
            budgeting: timeslices
            time_slice: 1h
            time_slice_target: 0.99
            alerting:
              ticket: { runbook: runbooks/slo-burn.md, annotations: { team: availability } }
              maintenance:
                - { name: nightly, start: "02:00", end: "24:00" }
          - id: latency-completeness
            indicator: { monitor: latency-complete }
            budgeting: timeslices
            time_slice: 1d
            objective: 0.9
            window: 28d
            alerting:
              ticket:
                runbook: runbooks/feature-drift.md
              windows:
                - { severity: ticket, long: 7d, short: 1d, budget_consumed: 0.5 }
        """;

    [Fact]
    public void Csharp_slos_produce_the_records_of_the_same_yaml_slos()
    {
        var yaml = YamlDefinitionLoaderTests.Load(("defs/datasets.yaml", Datasets), ("defs/slos.yaml", Slos));
        var csharp = MonitorSetLoader.LoadWithYaml([KeyValuePair.Create("defs/datasets.yaml", Datasets)], [new MonitorBuilderTests.Defined(DefineSlos)], "defs");

        yaml.Diagnostics.Should().BeEmpty();
        csharp.Diagnostics.Should().BeEmpty();
        csharp.Definitions.Slos.Select(s => s.Id).Should().Equal("scoring-latency", "hourly-availability", "latency-completeness");
        csharp.Definitions.Slos.Should().BeEquivalentTo(yaml.Definitions.Slos, options => options.WithStrictOrdering().Excluding(member => member.Name == "Source"));
    }

    [Fact]
    public void A_gate_names_the_slos_it_requires_as_in_yaml()
    {
        var m = new MonitorBuilder();
        m.Gate("deploy", "latency-complete").Slos("scoring-latency");

        var yaml = YamlDefinitionLoaderTests.Load(("defs/datasets.yaml", Datasets)).Definitions.Gates;

        m.ToDefinitionSet().Gates.Should().BeEquivalentTo(yaml, options => options.Excluding(member => member.Name == "Source"));
    }

    [Fact]
    public void Csharp_slos_are_judged_by_the_slo_rules_at_their_csharp_lines()
    {
        var m = new MonitorBuilder();
        m.Dataset("serving").Snapshots(reference: null, current: "serving.csv")
            .Column("latency_ms", ColumnType.Double)
            .Column("status", ColumnType.Int64);
        var latency = Line(); m.Slo("latency", "serving", "latency_ms <= 120 and stauts < 500", 99.5, TimeSpan.FromDays(28))
            .Page(runbook: null);
        var errors = Line(); m.Slo("errors", "serving", "status <", 0.99, TimeSpan.FromDays(28))
            .TimeSlices(TimeSpan.FromMinutes(11));

        var loaded = MonitorsAsCode.Definitions.Yaml.YamlDefinitionLoader.Load([], m.ToDefinitionSet(), alongsideDiagnostics: m.BuildProblems());
        var lines = loaded.Diagnostics.Select(d => d.ToString()).ToList();

        lines.Should().HaveCount(7);
        lines.Take(5).Should().Equal(
            $"{ThisFile()}({latency},1): error MAC0016: SLO 'latency': objective 99.5 is outside (0, 1); it is a share, so write 99.5% as 0.995",
            $"{ThisFile()}({latency},1): error MAC0020: SLO 'latency' is measured over time windows, but dataset 'serving' declares no column with role event_time",
            $"{ThisFile()}({latency},1): error MAC0007: SLO 'latency' names column 'stauts' in its 'good' expression, which dataset 'serving' does not declare (did you mean 'status'?)",
            $"{ThisFile()}({latency + 1},1): error MAC0019: SLO 'latency' pages but its page alert has no runbook: whoever is woken needs to know what to do",
            $"{ThisFile()}({errors},1): error MAC0020: SLO 'errors' is measured over time windows, but dataset 'serving' declares no column with role event_time");
        lines[5].Should().StartWith($"{ThisFile()}({errors},1): error MAC0017: SLO 'errors': 'good' expression: ");
        lines[6].Should().Be($"{ThisFile()}({errors + 1},1): error MAC0018: SLO 'errors': time_slice 11m does not divide the 28d window into whole slices");
    }

    [Fact]
    public void A_monitor_slo_naming_an_undeclared_monitor_is_reported_at_its_line()
    {
        var m = new MonitorBuilder();
        var line = Line(); m.MonitorSlo("stable", "score-drift", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));

        var loaded = MonitorsAsCode.Definitions.Yaml.YamlDefinitionLoader.Load([], m.ToDefinitionSet());

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({line},1): error MAC0021: SLO 'stable' is judged by monitor 'score-drift', which is not declared");
    }

    [Fact]
    public void Alert_settings_without_a_page_or_ticket_are_a_build_problem()
    {
        var m = new MonitorBuilder();
        var line = Line(); m.Slo("latency", "serving", "latency_ms <= 120", 0.99, TimeSpan.FromDays(28)).AlertLabel("team", "risk-ml");

        m.BuildProblems().Select(d => d.ToString()).Should().Equal(
            $"{ThisFile()}({line},1): error MAC0004: SLO 'latency' sets alerting but neither pages nor opens tickets: call .Page(runbook) or .Ticket()");
    }

    private static void DefineSlos(MonitorBuilder m)
    {
        m.Slo("scoring-latency", "fraud-serving", "latency_ms <= 120", 0.99, TimeSpan.FromDays(28))
            .Service("fraud-scoring-api")
            .Description("Answers within 120 ms.")
            .Owner("risk-ml-oncall")
            .Total("status < 500")
            .Prometheus(totalQuery: "sum(rate(http_duration_count[{{.window}}]))", goodQuery: "sum(rate(http_duration_bucket{le=\"0.12\"}[{{.window}}]))")
            .BudgetRemaining(warn: 0.5, fail: 0.25)
            .AlertName("ScoringLatency")
            .AlertLabel("team", "risk-ml")
            .AlertAnnotation("dashboard", "https://grafana/d/fraud")
            .Page("runbooks/slo-burn.md", summary: "Fraud scoring is slow")
            .AlertLabel("pager", "primary", AlertSeverity.Page)
            .Ticket()
            .BurnRate(AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02)
            .BurnRate(AlertSeverity.Ticket, TimeSpan.FromDays(3), TimeSpan.FromHours(6), 0.1)
            .Maintenance("release", TimeSpan.FromHours(6), new TimeSpan(6, 30, 0), [DayOfWeek.Tuesday, DayOfWeek.Thursday]);

        m.Slo("hourly-availability", "fraud-serving", "status < 500", 0.95, TimeSpan.FromDays(30))
            .Prometheus(totalQuery: "sum(rate(http_requests_total[{{.window}}]))", errorQuery: "sum(rate(http_requests_total{code=~\"5..\"}[{{.window}}]))")
            .Calendar(CalendarPeriod.Month)
            .TimeSlices(TimeSpan.FromHours(1), target: 0.99)
            .Ticket("runbooks/slo-burn.md")
            .AlertAnnotation("team", "availability", AlertSeverity.Ticket)
            .Maintenance("nightly", TimeSpan.FromHours(2), TimeSpan.FromHours(24));

        m.MonitorSlo("latency-completeness", "latency-complete", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28))
            .Ticket(runbook: "runbooks/feature-drift.md")
            .BurnRate(AlertSeverity.Ticket, TimeSpan.FromDays(7), TimeSpan.FromDays(1), 0.5);
    }

    private static int Line([CallerLineNumber] int line = 0) => line;

    private static string ThisFile([CallerFilePath] string file = "") => file.Replace('\\', '/');
}
