using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class UnknownDatasetAnalyzerTests
{
    [Fact]
    public void A_misspelt_dataset_id_in_csharp_is_reported_at_the_argument_with_the_nearest_id()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("x", "fraud-scorng", "amount").Fail(0.25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,22): error MAC0006: monitor 'x' names dataset 'fraud-scorng', which is not declared (did you mean 'fraud-scoring'?)");
    }

    [Fact]
    public void A_csharp_monitor_on_a_dataset_declared_in_yaml_is_not_reported()
    {
        var diagnostics = Diagnose(
            """
            using MonitorsAsCode.Definitions.Building;

            public sealed class ScoreMonitors : MonitorSet
            {
                public override void Define(MonitorBuilder m) => m.Drift("score-drift", "fraud-scoring", "score").Fail(0.25);
            }
            """,
            ("datasets.yaml", FraudScoringYaml.Dataset));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_yaml_monitor_on_an_undeclared_dataset_is_reported_at_the_dataset_value()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud
                check: drift
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(3,14): error MAC0006: monitor 'amount-drift' names dataset 'fraud', which is not declared");
    }

    [Fact]
    public void A_dataset_named_by_a_value_that_is_not_constant_is_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            var name = Environment.MachineName;
            m.Drift("x", name, "amount").Fail(0.25);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new UnknownDatasetAnalyzer(), DefinitionRules.UnknownDataset);
    }
}
