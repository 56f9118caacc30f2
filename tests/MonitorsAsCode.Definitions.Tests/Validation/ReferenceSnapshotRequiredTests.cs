using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class ReferenceSnapshotRequiredTests
{
    private const string CurrentOnly = """
        datasets:
          - id: fraud-scoring
            snapshots: { current: data/current.csv }
            columns:
              amount:  { type: double }
              country: { type: string }
        """;

    [Fact]
    public void Drift_check_on_a_dataset_without_reference_is_reported_at_the_check()
    {
        var diagnostics = Diagnose(("datasets.yaml", CurrentOnly), ("monitors.yaml", """
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """));

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0014: monitor 'amount-drift' uses a drift check, but dataset 'fraud-scoring' has no reference snapshot");
    }

    [Fact]
    public void Volume_check_on_a_dataset_without_reference_is_reported_at_the_check()
    {
        var diagnostics = Diagnose(("datasets.yaml", CurrentOnly), ("monitors.yaml", """
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
            """));

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0014: monitor 'row-count' uses a volume check, but dataset 'fraud-scoring' has no reference snapshot");
    }

    [Fact]
    public void Allowed_values_from_reference_on_a_dataset_without_reference_is_reported_at_allowed()
    {
        var diagnostics = Diagnose(("datasets.yaml", CurrentOnly), ("monitors.yaml", """
            monitors:
              - id: unseen-countries
                dataset: fraud-scoring
                check: validity
                column: country
                allowed: reference
                fail: 0.01
            """));

        diagnostics.Should().Equal(
            "monitors.yaml(6,14): error MAC0014: monitor 'unseen-countries' uses 'allowed: reference', but dataset 'fraud-scoring' has no reference snapshot");
    }

    [Fact]
    public void Checks_that_need_no_reference_or_a_dataset_with_one_have_no_reference_diagnostic()
    {
        var withoutReference = Diagnose(("datasets.yaml", CurrentOnly), ("monitors.yaml", """
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 0.05
              - id: country-codes
                dataset: fraud-scoring
                check: validity
                column: country
                allowed: [DE, FR, NL]
                fail: 0.01
            """));
        var withReference = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
              - id: unseen-countries
                dataset: fraud-scoring
                check: validity
                column: country
                allowed: reference
                fail: 0.01
            """);

        withoutReference.Should().BeEmpty();
        withReference.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.ReferenceSnapshotRequired);
    }
}
