using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class RunbookRequiredAnalyzerTests
{
    [Fact]
    public void Act_monitor_without_a_runbook_in_csharp_is_reported_at_the_severity_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Fail(0.25).Severity(Severity.Act).Owner("risk-ml-oncall");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,69): error MAC0010: monitor 'amount-drift' has severity act but no runbook: whoever is paged needs to know what to do");
    }

    [Fact]
    public void Act_monitor_with_a_blank_runbook_is_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01).Severity(Severity.Act).Runbook("  ");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,76): error MAC0010: monitor 'amount-nulls' has severity act but no runbook: whoever is paged needs to know what to do");
    }

    [Fact]
    public void Act_monitor_without_a_runbook_in_yaml_is_reported_at_its_severity()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
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
    public void Act_monitors_with_a_runbook_constant_or_not_and_monitors_that_escape_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Fail(0.25).Severity(Severity.Act).Runbook("runbooks/feature-drift.md");
            m.Drift("score-drift", data, "score").Fail(0.25).Severity(Severity.Act).Runbook(Environment.CurrentDirectory);
            var kept = new System.Collections.Generic.List<object> { m.Drift("country-drift", data, "country").Fail(0.25).Severity(Severity.Act) };
            m.Drift("quiet-drift", data, "amount").Fail(0.25).Severity(Severity.Investigate);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new RunbookRequiredAnalyzer(), DefinitionRules.RunbookRequired);
    }
}
