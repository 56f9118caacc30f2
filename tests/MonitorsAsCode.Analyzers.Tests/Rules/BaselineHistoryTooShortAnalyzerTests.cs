using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class BaselineHistoryTooShortAnalyzerTests
{
    [Fact]
    public void Min_history_below_the_methods_minimum_is_reported_at_the_argument()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Baseline(BaselineMethod.RollingQuantile, minHistory: 2);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,109): error MAC0031: monitor 'amount-nulls': method rolling-quantile needs at least 4 past windows, and 'min_history' is 2");
    }

    [Fact]
    public void A_window_shorter_than_two_seasons_is_reported_at_the_window()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Baseline(BaselineMethod.HoltWinters).BaselineWindow(TimeSpan.FromDays(10));
            """));

        diagnostics.Should().ContainSingle().Which.Should().Contain("error MAC0031: monitor 'amount-nulls': method holt-winters needs two seasons to learn the level, trend and season from, so 'window' must be at least 14d, not 10d");
    }
}
