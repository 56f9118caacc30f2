using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class UnknownSloReferenceAnalyzerTests
{
    [Fact]
    public void Monitor_slo_judged_by_an_undeclared_monitor_is_reported_at_the_monitor_id()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.MonitorSlo("nulls-slo", "amount-nuls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,35): error MAC0021: SLO 'nulls-slo' is judged by monitor 'amount-nuls', which is not declared (did you mean 'amount-nulls'?)");
    }

    [Fact]
    public void Csharp_gate_naming_an_undeclared_slo_is_reported_at_the_slo_id()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.MonitorSlo("nulls-slo", "amount-nulls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));
            m.Gate("deploy", "amount-nulls").Slos("nulls-slo", "nulls-sol");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(19,60): error MAC0021: gate 'deploy' names SLO 'nulls-sol', which is not declared (did you mean 'nulls-slo'?)");
    }

    [Fact]
    public void Csharp_gate_may_require_slos_declared_in_yaml_or_csharp_and_a_yaml_gate_one_declared_in_csharp()
    {
        var diagnostics = Diagnose(
            WithBody("""
                m.Completeness("amount-nulls", data, "amount").Fail(0.01);
                m.MonitorSlo("nulls-slo", "amount-nulls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));
                m.Gate("deploy", "amount-nulls").Slos("nulls-slo", "yaml-slo");
                """),
            ("slos.yaml", "slos:\n  - id: yaml-slo\n    dataset: fraud-scoring\n    indicator: { good: amount > 0 }\n    objective: 0.99\n    window: 28d\n"),
            ("gates.yaml", "gates:\n  - { id: retrain, monitors: [amount-nulls], slos: [nulls-slo, yaml-slo] }\n"));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void References_are_not_reported_when_some_slo_id_or_gate_list_is_not_a_constant()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Fail(0.01);
            m.MonitorSlo(Environment.MachineName, "amount-nulls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));
            m.Gate("deploy", "amount-nulls").Slos("elsewhere-slo");
            m.Gate("retrain", "amount-nulls").Slos(Environment.GetCommandLineArgs());
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new UnknownSloReferenceAnalyzer(), DefinitionRules.UnknownSloReference);
    }
}
