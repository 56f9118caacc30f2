using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>The <c>slos:</c> list of a definitions file, read into <see cref="SloDefinition"/> records.</summary>
public sealed class SloYamlTests
{
    private const string Full = """
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
        """;

    [Fact]
    public void Every_field_of_an_slo_is_read()
    {
        var loaded = SloFiles.Load(Full);

        loaded.Diagnostics.Should().BeEmpty();
        var slo = loaded.Definitions.Slos.Should().ContainSingle().Subject;
        slo.Id.Should().Be("scoring-latency");
        slo.Service.Should().Be("fraud-scoring-api");
        slo.Description.Should().Be("Answers within 120 ms.");
        slo.Owner.Should().Be("risk-ml-oncall");
        slo.DatasetId.Should().Be("fraud-serving");
        slo.Indicator.Good.Should().Be("latency_ms <= 120");
        slo.Indicator.Total.Should().Be("status < 500");
        slo.Indicator.Prometheus.Should().Be(new PrometheusQueries("sum(rate(http_duration_count[{{.window}}]))") { GoodQuery = "sum(rate(http_duration_bucket{le=\"0.12\"}[{{.window}}]))" });
        slo.Objective.Should().Be(0.99);
        slo.Window.Should().Be(SloWindow.Rolling(TimeSpan.FromDays(28)));
        slo.Budgeting.Should().Be(BudgetingMethod.Occurrences);
        slo.BudgetRemainingWarn.Should().Be(0.5);
        slo.BudgetRemainingFail.Should().Be(0.25);
        var alerting = slo.Alerting!;
        alerting.Name.Should().Be("ScoringLatency");
        alerting.Labels.Should().BeEquivalentTo([new KeyValuePair<string, string>("team", "risk-ml")]);
        alerting.Annotations.Should().BeEquivalentTo([new KeyValuePair<string, string>("dashboard", "https://grafana/d/fraud")]);
        alerting.Page!.Runbook.Should().Be("runbooks/slo-burn.md");
        alerting.Page.Summary.Should().Be("Fraud scoring is slow");
        alerting.Page.Labels.Should().BeEquivalentTo([new KeyValuePair<string, string>("pager", "primary")]);
        alerting.Ticket.Should().NotBeNull();
        alerting.Windows.Should().Equal(
            new BurnRateWindow(AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02),
            new BurnRateWindow(AlertSeverity.Ticket, TimeSpan.FromDays(3), TimeSpan.FromHours(6), 0.1));
        var release = alerting.Maintenance.Should().ContainSingle().Subject;
        (release.Name, release.Start, release.End).Should().Be(("release", TimeSpan.FromHours(6), new TimeSpan(6, 30, 0)));
        release.Weekdays.Should().Equal(DayOfWeek.Tuesday, DayOfWeek.Thursday);
    }

    [Fact]
    public void Expression_positions_point_inside_the_quotes()
    {
        var slo = SloFiles.Load(Full).Definitions.Slos[0];

        slo.Source.Of("indicator.good").Should().Be(new SourceLocation("slos.yaml", 8, 14));
        slo.Source.Of("indicator.total").Should().Be(new SourceLocation("slos.yaml", 9, 15));
        slo.Source.Of("alerting.page").Should().Be(new SourceLocation("slos.yaml", 21, 9));
    }

    [Theory]
    [InlineData("window: { calendar: month }", CalendarPeriod.Month)]
    [InlineData("window: { calendar: week }", CalendarPeriod.Week)]
    public void A_calendar_window_is_read(string window, CalendarPeriod period)
    {
        var slo = SloFiles.Load(Minimal(window)).Definitions.Slos[0];

        slo.Window.Should().Be(SloWindow.Of(period));
    }

    [Fact]
    public void A_rolling_window_may_be_written_as_a_mapping()
    {
        SloFiles.Load(Minimal("window: { rolling: 7d }")).Definitions.Slos[0].Window.Should().Be(SloWindow.Rolling(TimeSpan.FromDays(7)));
    }

    [Fact]
    public void A_monitor_indicator_is_budgeted_by_time_slices()
    {
        var loaded = SloFiles.Load("""
            monitors:
              - id: latency-validity
                dataset: fraud-serving
                check: validity
                column: latency_ms
                max: 1000
                fail: 0.01
            slos:
              - id: latency-sane
                indicator: { monitor: latency-validity }
                time_slice: 1h
                objective: 0.9
                window: 7d
            """);

        loaded.Diagnostics.Should().BeEmpty();
        var slo = loaded.Definitions.Slos[0];
        (slo.Indicator.Monitor, slo.Budgeting, slo.TimeSlice, slo.DatasetId).Should().Be(("latency-validity", BudgetingMethod.Timeslices, TimeSpan.FromHours(1), (string?)null));
    }

    [Fact]
    public void Missing_and_mistyped_fields_are_reported_where_they_are_written()
    {
        var diagnostics = SloFiles.Diagnose("""
            slos:
              - id: latency
                dataset: fraud-serving
                indicator: "latency_ms <= 120"
                objective: high
                window: 28 days
                budgeting: hourly
              - id: broken-alerting
                indicator: { good: "true", monitor: x }
                objective: 0.9
                window: 1d
                alerting: { pager: {} }
            """);

        diagnostics.Should().Equal(
            "slos.yaml(4,16): error MAC0003: 'indicator' must be a mapping such as { good: \"latency_ms <= 120\" } or { monitor: score-drift }, not 'latency_ms <= 120'",
            "slos.yaml(5,16): error MAC0003: 'objective' must be a number, not 'high'",
            "slos.yaml(6,13): error MAC0003: 'window' must be a duration such as 28d (rolling) or { calendar: month }, not '28 days'",
            "slos.yaml(7,16): error MAC0003: 'budgeting' must be one of occurrences, timeslices, not 'hourly'",
            "slos.yaml(9,41): error MAC0003: an indicator is either a 'good' expression or a 'monitor', not both",
            "slos.yaml(12,15): error MAC0004: 'alerting' needs 'page', 'ticket' or both",
            "slos.yaml(12,17): error MAC0002: unknown key 'pager' in 'alerting' (did you mean 'page'?)");
    }

    [Fact]
    public void A_good_expression_needs_a_dataset()
    {
        SloFiles.Diagnose("""
            slos:
              - id: latency
                indicator: { good: "latency_ms <= 120" }
                objective: 0.99
                window: 28d
            """).Should().Equal("slos.yaml(2,5): error MAC0004: an SLO with a 'good' expression is missing the required field 'dataset'");
    }

    [Fact]
    public void Time_slices_belong_to_timeslices_budgeting()
    {
        SloFiles.Diagnose(Minimal("window: 28d\n    time_slice: 5m")).Should().Equal(
            "slos.yaml(8,17): error MAC0002: 'time_slice' does not apply to occurrences budgeting; write 'budgeting: timeslices' to count time slices");
        SloFiles.Diagnose(Minimal("window: 28d\n    budgeting: timeslices")).Should().Equal(
            "slos.yaml(2,5): error MAC0004: an SLO with timeslices budgeting is missing the required field 'time_slice'");
    }

    [Fact]
    public void Prometheus_queries_need_a_total_and_one_of_error_and_good()
    {
        SloFiles.Diagnose("""
            slos:
              - id: latency
                indicator:
                  prometheus: { total_query: "sum(rate(x[{{.window}}]))" }
                objective: 0.99
                window: 28d
            """).Should().Equal("slos.yaml(4,19): error MAC0003: 'prometheus' needs exactly one of 'error_query' and 'good_query', with 'total_query'");
    }

    [Fact]
    public void An_slo_measured_only_in_prometheus_needs_no_dataset()
    {
        var loaded = SloFiles.Load("""
            slos:
              - id: availability
                indicator:
                  prometheus: { error_query: "sum(rate(e[{{.window}}]))", total_query: "sum(rate(t[{{.window}}]))" }
                objective: 0.999
                window: 30d
            """);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Slos[0].DatasetId.Should().BeNull();
    }

    [Fact]
    public void Gates_name_slos_in_their_own_list()
    {
        var loaded = SloFiles.Load(Minimal("window: 28d") + """

            gates:
              - id: deploy
                monitors: []
                slos: [latency]
            """);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Gates[0].Slos.Should().Equal("latency");
    }

    [Fact]
    public void A_gate_may_demand_its_own_budget_of_an_slo_next_to_plain_ids()
    {
        var loaded = SloFiles.Load(Minimal("window: 28d") + """

            gates:
              - id: deploy
                monitors: []
                slos:
                  - latency
                  - { id: availability, budget_remaining: 0.25 }
              - id: retrain
                monitors: []
                slos: [{ id: latency, budget_remaining: 0.5 }]
            """);

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "slos.yaml(13,15): error MAC0021: gate 'deploy' names SLO 'availability', which is not declared");
        var deploy = loaded.Definitions.Gates[0];
        deploy.Slos.Should().Equal("latency", "availability");
        deploy.SloBudgets.Should().Equal(new Dictionary<string, double> { ["availability"] = 0.25 });
        loaded.Definitions.Gates[1].SloBudgets.Should().Equal(new Dictionary<string, double> { ["latency"] = 0.5 }, "each gate demands its own budget");
    }

    [Fact]
    public void A_gate_slo_item_that_is_neither_an_id_nor_a_mapping_with_an_id_is_reported_where_it_is_written()
    {
        var loaded = SloFiles.Load(Minimal("window: 28d") + """

            gates:
              - id: deploy
                monitors: []
                slos:
                  - [latency]
                  - { budget_remaining: 0.25 }
                  - { id: latency, budget_remaining: most, burn: 2 }
            """);

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "slos.yaml(12,9): error MAC0003: 'slos' items must be an SLO id or { id, budget_remaining }, not a list",
            "slos.yaml(13,9): error MAC0004: an SLO of a gate is missing the required field 'id'",
            "slos.yaml(14,42): error MAC0003: 'budget_remaining' must be a number, not 'most'",
            "slos.yaml(14,48): error MAC0002: unknown key 'burn' in an SLO of a gate");
    }

    private static string Minimal(string window) => $"""
        slos:
          - id: latency
            dataset: fraud-serving
            indicator:
              good: latency_ms <= 120
            objective: 0.99
            {window}
        """;
}
