using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class SustainOrRecoveryInvalidTests
{
    [Fact]
    public void A_for_that_is_neither_a_duration_nor_a_window_count_is_reported_at_its_value()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.1
                for: three days
              - id: score-nulls
                dataset: fraud-scoring
                check: completeness
                column: score
                fail: 0.1
                for: 0 windows
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,10): error MAC0032: 'for' must be a duration such as 3d or 36h, or a number of windows such as '3 windows', not 'three days'",
            "monitors.yaml(13,10): error MAC0032: monitor 'score-nulls': 'for' must be at least one window or a positive duration, not 0 windows");
    }

    [Fact]
    public void Recover_on_the_wrong_side_of_the_fail_limit_is_reported_at_recover()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.25
                recover: 0.3
              - id: score-nulls
                dataset: fraud-scoring
                check: completeness
                column: score
                baseline: { method: median-mad }
                fail: 4
                recover: 5
              - id: volume
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5, above: 2 }
                recover: 1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,14): error MAC0032: monitor 'amount-nulls': the monitor fails above 0.25, so 'recover' must be below it, not 0.3",
            "monitors.yaml(14,14): error MAC0032: monitor 'score-nulls': 'recover' 5 must be at least 0 and below the fail limit 4 (deviations), so that a failing monitor passes again only once it is well back",
            "monitors.yaml(19,14): error MAC0032: monitor 'volume': 'recover' is one value, and the fail threshold is a band with two sides; remove 'recover' or fail on one side");
    }

    [Fact]
    public void Recover_below_an_upper_fail_limit_is_not_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.25
                for: 3d
                recover: 0.15
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.SustainOrRecoveryInvalid);
    }
}
