using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class BaselineOptionNotApplicableTests
{
    [Fact]
    public void Seasonality_for_a_method_without_seasons_is_reported_at_the_seasonality()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline: { method: median-mad, seasonality: 7d }
                fail: 4
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,50): error MAC0030: monitor 'amount-nulls': method median-mad compares with all recent windows alike and has no seasons; remove 'seasonality' or use same-period-last-week or holt-winters");
    }

    [Fact]
    public void Deviations_and_a_change_together_and_limits_that_are_not_positive_or_reversed_are_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline: { method: rolling-quantile, k: 0 }
                warn: 6
                fail: 5
                change: { fail: 25% }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,46): error MAC0030: monitor 'amount-nulls': 'baseline.k' is a distance from the expected value either side and must be above 0, not 0",
            "monitors.yaml(7,11): error MAC0030: monitor 'amount-nulls': it warns at 6 deviations and fails at 5, so it would fail before it warns; warn must be at most fail",
            "monitors.yaml(9,13): error MAC0030: monitor 'amount-nulls': write the limits either as deviations ('warn', 'fail') or as a relative 'change', not both");
    }

    [Fact]
    public void A_change_without_a_baseline_is_reported_at_the_change()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                change: { warn: 10% }
                fail: 0.1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0030: 'change' is a relative change from what a baseline expects, and this monitor has no 'baseline'");
    }

    [Fact]
    public void A_baseline_on_a_schema_check_is_explained_where_it_is_written()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: schema
                dataset: fraud-scoring
                check: schema
                baseline: { method: median-mad }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,5): error MAC0002: 'baseline' does not apply to schema checks: they have no value to compare with the monitor's history");
    }

    [Fact]
    public void A_valid_baseline_with_a_change_is_not_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline: { method: same-period-last-week, window: 28d, seasonality: 7d, min_history: 14, min_volume: 1000 }
                change: { warn: 10%, fail: 0.25 }
                for: 2 windows
                recover: 0.05
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.BaselineOptionNotApplicable);
    }
}
