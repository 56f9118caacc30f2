using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class UnknownColumnAnalyzerTests
{
    [Fact]
    public void A_misspelt_column_in_csharp_is_reported_at_the_column_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amont").Fail(0.25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,39): error MAC0007: monitor 'amount-drift' names column 'amont', which dataset 'fraud-scoring' does not declare (did you mean 'amount'?)");
    }

    [Fact]
    public void Each_column_of_a_uniqueness_key_is_checked_at_its_own_position()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Uniqueness("tx-unique", data, ["transaction_id", "event_tme"]).Fail(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,60): error MAC0007: monitor 'tx-unique' names column 'event_tme', which dataset 'fraud-scoring' does not declare (did you mean 'event_time'?)");
    }

    [Fact]
    public void Columns_declared_on_the_local_in_later_statements_are_known()
    {
        var diagnostics = Diagnose(WithBody("""
            data.Column("merchant_category", ColumnType.String);
            m.Drift("merchant-drift", data, "merchant_category").Fail(0.25);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Columns_of_a_dataset_that_escapes_to_other_code_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            var other = m.Dataset("other").Snapshots(reference: "r.csv", current: "c.csv").Column("a", ColumnType.Double);
            GC.KeepAlive(other);
            m.Drift("b-drift", other, "b").Fail(0.25);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_misspelt_column_in_yaml_is_reported_at_the_column_value()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amont
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,13): error MAC0007: monitor 'amount-drift' names column 'amont', which dataset 'fraud-scoring' does not declare (did you mean 'amount'?)");
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new UnknownColumnAnalyzer(), DefinitionRules.UnknownColumn);
    }
}
