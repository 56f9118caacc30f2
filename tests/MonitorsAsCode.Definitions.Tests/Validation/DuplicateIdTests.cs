using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class DuplicateIdTests
{
    private const string AmountDrift = """
        monitors:
          - id: amount-drift
            dataset: fraud-scoring
            check: drift
            column: amount
            fail: 0.25
        """;

    [Fact]
    public void Monitor_id_declared_again_in_another_file_is_reported_at_the_second_id_with_the_first_position()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors/amount.yaml", AmountDrift),
            ("monitors/score.yaml", """
                monitors:
                  - id: amount-drift
                    dataset: fraud-scoring
                    check: drift
                    column: score
                    fail: 0.25
                """));

        diagnostics.Should().Equal(
            "monitors/score.yaml(2,9): error MAC0005: duplicate monitor id 'amount-drift' (first declared at monitors/amount.yaml(2,5))");
    }

    [Fact]
    public void Dataset_id_declared_again_in_another_file_is_reported()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("more-datasets.yaml", """
                datasets:
                  - id: fraud-scoring
                    snapshots: { current: other/current.csv }
                    columns:
                      amount: { type: double }
                """));

        diagnostics.Should().Equal(
            "more-datasets.yaml(2,9): error MAC0005: duplicate dataset id 'fraud-scoring' (first declared at datasets.yaml(2,5))");
    }

    [Fact]
    public void Gate_id_declared_twice_is_reported()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors.yaml", AmountDrift),
            ("gates.yaml", """
                gates:
                  - id: deploy
                    monitors: [amount-drift]
                  - id: deploy
                    monitors: []
                """));

        diagnostics.Should().Equal(
            "gates.yaml(4,9): error MAC0005: duplicate gate id 'deploy' (first declared at gates.yaml(2,5))");
    }

    [Fact]
    public void Column_declared_twice_in_yaml_is_reported_as_a_duplicate_key_at_the_second_name()
    {
        var diagnostics = Diagnose(("datasets.yaml", """
            datasets:
              - id: fraud-scoring
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount: { type: double }
                  country: { type: string }
                  amount: { type: int64 }
            """));

        diagnostics.Should().Equal(
            "datasets.yaml(7,7): error MAC0001: invalid YAML: duplicate key 'amount' in the same mapping");
    }

    [Fact]
    public void Column_declared_twice_in_code_is_reported_at_the_second_column()
    {
        var diagnostics = DefinitionValidator.Validate(DatasetWithAmountTwice());

        diagnostics.Select(d => (d.Rule.Id, d.Location?.ToString())).Should().Equal(
            (RuleIdentifiers.DuplicateId, "FraudScoring.cs(14,13)"));
    }

    [Fact]
    public void Column_declared_twice_in_code_names_the_column_and_its_dataset()
    {
        var diagnostics = DefinitionValidator.Validate(DatasetWithAmountTwice());

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "FraudScoring.cs(14,13): error MAC0005: duplicate column 'amount' in dataset 'fraud-scoring' (first declared at FraudScoring.cs(12,13))");
    }

    [Fact]
    public void Distinct_ids_across_files_have_no_duplicate_diagnostic()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring),
            ("monitors/amount.yaml", AmountDrift),
            ("monitors/score.yaml", """
                monitors:
                  - id: score-drift
                    dataset: fraud-scoring
                    check: drift
                    column: score
                    fail: 0.25
                gates:
                  - id: deploy
                    monitors: [amount-drift, score-drift]
                  - id: retrain
                    monitors: [score-drift]
                """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Two_slos_whose_prometheus_ids_coincide_are_reported_at_the_second()
    {
        var diagnostics = Diagnose(("slos.yaml", """
            slos:
              - id: c
                service: a-b
                indicator: { prometheus: { error_query: "sum(rate(e[{{.window}}]))", total_query: "sum(rate(t[{{.window}}]))" } }
                objective: 0.99
                window: 28d
              - id: b-c
                service: a
                indicator: { prometheus: { error_query: "sum(rate(e[{{.window}}]))", total_query: "sum(rate(t[{{.window}}]))" } }
                objective: 0.99
                window: 28d
            """));

        diagnostics.Should().Equal(
            "slos.yaml(7,9): error MAC0005: two SLOs get the Prometheus id 'a-b-c' (service-slo), which names their rule groups; rename one SLO or service (first declared at slos.yaml(2,5))");
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.DuplicateId);
    }

    private static DefinitionSet DatasetWithAmountTwice()
    {
        var dataset = new DatasetDefinition(
            "fraud-scoring",
            Owner: null,
            new SnapshotPaths("data/reference.csv", "data/current.csv"),
            [
                new ColumnDefinition("amount", ColumnType.Double, ColumnRole.Feature) { Source = new SourceMap(new SourceLocation("FraudScoring.cs", 12, 13)) },
                new ColumnDefinition("country", ColumnType.String, ColumnRole.Feature) { Source = new SourceMap(new SourceLocation("FraudScoring.cs", 13, 13)) },
                new ColumnDefinition("amount", ColumnType.Int64, ColumnRole.Feature) { Source = new SourceMap(new SourceLocation("FraudScoring.cs", 14, 13)) },
            ]);
        return new DefinitionSet([dataset], [], []);
    }
}
