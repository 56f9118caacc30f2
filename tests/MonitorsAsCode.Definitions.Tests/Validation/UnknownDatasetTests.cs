using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownDatasetTests
{
    [Fact]
    public void Misspelt_dataset_is_reported_at_the_value_with_the_nearest_dataset_and_its_columns_are_not_checked()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scorng
                check: drift
                column: amont
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(3,14): error MAC0006: monitor 'amount-drift' names dataset 'fraud-scorng', which is not declared (did you mean 'fraud-scoring'?)");
    }

    [Fact]
    public void Dataset_unlike_any_declared_one_is_reported_without_a_suggestion()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: payments
                check: drift
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(3,14): error MAC0006: monitor 'amount-drift' names dataset 'payments', which is not declared");
    }

    [Fact]
    public void Dataset_that_was_declared_but_could_not_be_read_is_not_reported_as_unknown()
    {
        var diagnostics = Diagnose(("definitions.yaml", """
            datasets:
              - id: fraud-scoring
                snapshots: data/current.csv
                columns:
                  amount: { type: double }
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """));

        diagnostics.Should().Equal(
            "definitions.yaml(3,16): error MAC0003: 'snapshots' must be a mapping such as { reference: data/reference.csv, current: data/current.csv }, not 'data/current.csv'");
    }

    [Fact]
    public void Monitor_on_a_dataset_declared_in_another_file_has_no_unknown_dataset_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownDataset);
    }
}
