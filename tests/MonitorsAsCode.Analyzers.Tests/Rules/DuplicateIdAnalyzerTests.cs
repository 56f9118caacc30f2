using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class DuplicateIdAnalyzerTests
{
    private const string TwoSets = """
        using MonitorsAsCode.Definitions.Building;
        using MonitorsAsCode.Definitions.Datasets;

        public sealed class DataMonitors : MonitorSet
        {
            public override void Define(MonitorBuilder m)
            {
                m.Completeness("amount-nulls", "fraud-scoring", "amount").Fail(0.01);
            }
        }

        public sealed class ModelMonitors : MonitorSet
        {
            public override void Define(MonitorBuilder m)
            {
                m.Completeness("amount-nulls", "fraud-scoring", "amount").Fail(0.05);
            }
        }
        """;

    [Fact]
    public void Two_csharp_monitors_with_one_id_are_reported_at_the_second_id()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Fail(0.25);
            m.Drift("amount-drift", data, "score").Fail(0.25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,17): error MAC0005: duplicate monitor id 'amount-drift' (first declared at Monitors.cs(17,11))");
    }

    [Fact]
    public void Ids_are_unique_across_the_monitor_sets_of_a_compilation()
    {
        var diagnostics = Diagnose(TwoSets, ("datasets.yaml", FraudScoringYaml.Dataset));

        diagnostics.Should().Equal(
            "Monitors.cs(16,24): error MAC0005: duplicate monitor id 'amount-nulls' (first declared at Monitors.cs(8,11))");
    }

    [Fact]
    public void Ids_are_unique_across_csharp_and_yaml()
    {
        var diagnostics = Diagnose(
            WithBody("""
                m.Drift("amount-drift", data, "amount").Fail(0.25);
                """),
            ("datasets.yaml", FraudScoringYaml.Dataset));

        diagnostics.Should().Equal(
            "Monitors.cs(10,30): error MAC0005: duplicate dataset id 'fraud-scoring' (first declared at datasets.yaml(2,5))");
    }

    [Fact]
    public void A_column_declared_twice_is_reported_at_the_second_declaration()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Dataset("scores").Snapshots(reference: "r.csv", current: "c.csv")
                .Column("amount", ColumnType.Double)
                .Column("amount", ColumnType.Double);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(19,21): error MAC0005: duplicate column 'amount' in dataset 'scores' (first declared at Monitors.cs(18,21))");
    }

    [Fact]
    public void Duplicate_monitor_ids_across_yaml_files_are_reported_in_the_second_file()
    {
        var diagnostics = DiagnoseYaml(
            ("datasets.yaml", FraudScoringYaml.Dataset),
            ("a.yaml", "monitors:\n  - { id: amount-drift, dataset: fraud-scoring, check: drift, column: amount, fail: 0.25 }\n"),
            ("b.yaml", "monitors:\n  - { id: amount-drift, dataset: fraud-scoring, check: drift, column: score, fail: 0.25 }\n"));

        diagnostics.Should().Equal(
            "b.yaml(2,11): error MAC0005: duplicate monitor id 'amount-drift' (first declared at a.yaml(2,5))");
    }

    [Fact]
    public void Distinct_ids_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Fail(0.25);
            m.Drift("score-drift", data, "score").Fail(0.25);
            m.Gate("amount-drift", "amount-drift");
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new DuplicateIdAnalyzer(), DefinitionRules.DuplicateId);
    }
}
