using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class BaselineOptionNotApplicableAnalyzerTests
{
    [Fact]
    public void Seasonality_for_median_mad_in_csharp_is_reported_at_the_argument()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Baseline(BaselineMethod.MedianMad).Seasonality(TimeSpan.FromDays(7));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,103): error MAC0030: monitor 'amount-nulls': method median-mad compares with all recent windows alike and has no seasons; remove 'seasonality' or use same-period-last-week or holt-winters");
    }

    [Fact]
    public void The_same_mistake_in_yaml_is_reported_at_its_value()
    {
        var diagnostics = DefinitionAnalysis.DiagnoseYaml(
            ("datasets.yaml", FraudScoringYaml.Dataset),
            ("monitors.yaml", """
                monitors:
                  - id: amount-nulls
                    dataset: fraud-scoring
                    check: completeness
                    column: amount
                    baseline: { method: median-mad, seasonality: 7d }
                """));

        diagnostics.Should().Equal(
            "monitors.yaml(6,50): error MAC0030: monitor 'amount-nulls': method median-mad compares with all recent windows alike and has no seasons; remove 'seasonality' or use same-period-last-week or holt-winters");
    }

    [Fact]
    public void A_seasonal_method_with_its_season_is_not_reported()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Baseline(BaselineMethod.HoltWinters, minHistory: 14).Seasonality(TimeSpan.FromDays(7)).Deviations(warn: 3, fail: 5);
            """));

        diagnostics.Should().BeEmpty();
    }
}
