using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class RunbookRequiredTests
{
    [Fact]
    public void Act_monitor_without_a_runbook_is_reported_at_its_severity()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                severity: act
                owner: risk-ml-oncall
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,15): error MAC0010: monitor 'amount-drift' has severity act but no runbook: whoever is paged needs to know what to do");
    }

    [Fact]
    public void Act_monitor_with_a_blank_runbook_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                severity: act
                runbook: "  "
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,15): error MAC0010: monitor 'amount-drift' has severity act but no runbook: whoever is paged needs to know what to do");
    }

    [Fact]
    public void Act_monitor_with_a_runbook_and_monitors_that_do_not_page_have_no_runbook_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
                severity: act
                runbook: runbooks/feature-drift.md
              - id: score-drift
                dataset: fraud-scoring
                check: drift
                column: score
                fail: 0.25
                severity: investigate
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.05
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.RunbookRequired);
    }
}
