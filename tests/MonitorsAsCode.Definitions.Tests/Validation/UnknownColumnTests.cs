using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownColumnTests
{
    [Fact]
    public void Misspelt_column_is_reported_at_the_value_with_the_nearest_column()
    {
        var diagnostics = DiagnoseMonitors("""
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
    public void Unknown_column_of_a_uniqueness_key_is_reported_at_that_item()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: one-row-per-transaction
                dataset: fraud-scoring
                check: uniqueness
                columns: [transaction_id, model_version]
                fail: 0
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,31): error MAC0007: monitor 'one-row-per-transaction' names column 'model_version', which dataset 'fraud-scoring' does not declare");
    }

    [Fact]
    public void Column_whose_declaration_is_broken_is_not_also_reported_as_unknown()
    {
        var diagnostics = Diagnose(("definitions.yaml", """
            datasets:
              - id: fraud-scoring
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount: double
                  country: { type: string }
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """));

        diagnostics.Should().Equal(
            "definitions.yaml(5,15): error MAC0003: column 'amount' must be a mapping such as { type: double, role: feature }, not 'double'");
    }

    [Fact]
    public void Declared_columns_have_no_unknown_column_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
              - id: one-row-per-transaction
                dataset: fraud-scoring
                check: uniqueness
                columns: [transaction_id, event_time]
                fail: 0
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownColumn);
    }
}
