using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class UnknownGateMonitorAnalyzerTests
{
    [Fact]
    public void A_misspelt_gate_member_in_csharp_is_reported_at_the_member()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Fail(0.25);
            m.Gate("deploy", "amount-drift", "amount-drfit");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,42): error MAC0011: gate 'deploy' names monitor 'amount-drfit', which is not declared (did you mean 'amount-drift'?)");
    }

    [Fact]
    public void Gates_may_name_monitors_across_csharp_and_yaml()
    {
        var diagnostics = Diagnose(
            WithBody("""
                m.Drift("amount-drift", data, "amount").Fail(0.25);
                m.Gate("deploy", "amount-drift", "score-nulls");
                """),
            ("monitors.yaml", """
                monitors:
                  - { id: score-nulls, dataset: fraud-scoring, check: completeness, column: score, fail: 0.01 }
                gates:
                  - id: retrain
                    monitors: [amount-drift, score-nulls]
                """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_yaml_gate_naming_an_undeclared_monitor_is_reported_at_the_member()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            gates:
              - id: deploy
                monitors: [amount-drift]
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(3,16): error MAC0011: gate 'deploy' names monitor 'amount-drift', which is not declared");
    }

    [Fact]
    public void A_monitor_whose_id_is_not_constant_may_be_the_one_a_gate_names()
    {
        var diagnostics = Diagnose(WithBody("""
            var id = Environment.MachineName;
            m.Drift(id, data, "amount").Fail(0.25);
            m.Gate("deploy", "amount-drift");
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new UnknownGateMonitorAnalyzer(), DefinitionRules.UnknownGateMonitor);
    }
}
