using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class SloWindowsInconsistentTests
{
    [Fact]
    public void A_time_slice_that_does_not_divide_the_window_is_reported_at_the_slice()
    {
        SloFiles.Diagnose(Slo("budgeting: timeslices\n    time_slice: 11m")).Should().Equal(
            "slos.yaml(9,17): error MAC0018: SLO 'latency': time_slice 11m does not divide the 28d window into whole slices");
    }

    [Fact]
    public void A_swapped_burn_rate_window_is_reported_at_its_long_window()
    {
        SloFiles.Diagnose(Slo("alerting:\n      page: { runbook: r.md }\n      windows:\n        - { severity: page, long: 5m, short: 1h, budget_consumed: 0.02 }")).Should().Equal(
            "slos.yaml(11,35): error MAC0018: SLO 'latency': the page window 5m/1h needs a short window shorter than its long window");
    }

    [Fact]
    public void The_default_windows_do_not_fit_a_one_day_objective_and_the_message_says_what_to_declare()
    {
        var diagnostics = SloFiles.Diagnose(Slo("alerting:\n      ticket: {}").Replace("window: 28d", "window: 1d", StringComparison.Ordinal));

        diagnostics.Should().Equal(
            "slos.yaml(9,7): error MAC0018: SLO 'latency': the ticket window 1d/2h is not shorter than the 1d window of the objective; declare 'alerting.windows' that fit it",
            "slos.yaml(9,7): error MAC0018: SLO 'latency': the ticket window 3d/6h is not shorter than the 1d window of the objective; declare 'alerting.windows' that fit it");
    }

    [Fact]
    public void Alert_windows_must_be_whole_time_slices()
    {
        SloFiles.Diagnose(Slo("budgeting: timeslices\n    time_slice: 1h\n    alerting:\n      page: { runbook: r.md }")).Should().Equal(
            "slos.yaml(11,7): error MAC0018: SLO 'latency': the page window 1h/5m is not made of whole 1h time slices; declare 'alerting.windows' in whole slices",
            "slos.yaml(11,7): error MAC0018: SLO 'latency': the page window 6h/30m is not made of whole 1h time slices; declare 'alerting.windows' in whole slices");
    }

    [Fact]
    public void A_maintenance_window_that_ends_before_it_starts_is_reported_at_its_end()
    {
        SloFiles.Diagnose(Slo("alerting:\n      ticket: {}\n      maintenance:\n        - { name: nightly, start: \"23:00\", end: \"01:00\" }")).Should().Equal(
            "slos.yaml(11,49): error MAC0018: SLO 'latency': maintenance window 'nightly' ends before it starts; split a window that crosses midnight in two");
    }

    [Fact]
    public void A_budget_consumed_above_1_is_a_threshold_out_of_range()
    {
        SloFiles.Diagnose(Slo("alerting:\n      page: { runbook: r.md }\n      windows:\n        - { severity: page, long: 1h, short: 5m, budget_consumed: 2 }")).Should().Equal(
            "slos.yaml(11,67): error MAC0008: SLO 'latency': the page window 1h/5m has budget_consumed 2, outside what a share of the budget can take (above 0, up to 1)");
    }

    [Fact]
    public void The_workbook_windows_fit_a_28_day_objective_and_whole_slices_fit_their_windows()
    {
        SloFiles.Diagnose(Slo("alerting:\n      page: { runbook: r.md }\n      ticket: {}")).Should().BeEmpty();
        SloFiles.Diagnose(Slo("budgeting: timeslices\n    time_slice: 5m\n    alerting:\n      page: { runbook: r.md }\n      ticket: {}")).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.SloWindowsInconsistent);
    }

    private static string Slo(string rest) => $"""
        slos:
          - id: latency
            dataset: fraud-serving
            indicator:
              good: "latency_ms <= 120"
            objective: 0.99
            window: 28d
            {rest}
        """;
}
