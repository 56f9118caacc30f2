using MonitorsAsCode.Analyzers.Tests.Verification;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class SustainOrRecoveryInvalidAnalyzerTests
{
    [Fact]
    public void Recover_above_an_upper_fail_limit_and_a_zero_window_for_are_reported_at_their_arguments()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.25).Recover(0.3);
            m.Completeness("score-nulls", data, "score").Fail(0.1).ForWindows(0);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,75): error MAC0032: monitor 'amount-nulls': the monitor fails above 0.25, so 'recover' must be below it, not 0.3",
            "Monitors.cs(18,75): error MAC0032: monitor 'score-nulls': 'for' must be at least one window or a positive duration, not 0 windows");
    }

    [Fact]
    public void A_for_and_a_recover_below_the_fail_limit_are_not_reported()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.25).For(TimeSpan.FromDays(3)).Recover(0.15);
            """));

        diagnostics.Should().BeEmpty();
    }
}
