using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class BaselineHistoryTooShortTests
{
    [Fact]
    public void Min_history_below_the_methods_minimum_is_reported_at_min_history()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline:
                  method: rolling-quantile
                  min_history: 2
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(8,20): error MAC0031: monitor 'amount-nulls': method rolling-quantile needs at least 4 past windows, and 'min_history' is 2");
    }

    [Fact]
    public void A_window_shorter_than_two_seasons_for_holt_winters_is_reported_at_the_window()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline: { method: holt-winters, window: 10d }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,47): error MAC0031: monitor 'amount-nulls': method holt-winters needs two seasons to learn the level, trend and season from, so 'window' must be at least 14d, not 10d");
    }

    [Fact]
    public void A_season_longer_than_the_default_window_is_reported_at_the_seasonality()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                baseline: { method: same-period-last-week, seasonality: 30d }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,61): error MAC0031: monitor 'amount-nulls': method same-period-last-week needs one season to find the same period in, so 'window' must be at least 30d, not 28d");
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.BaselineHistoryTooShort);
    }
}
