using MonitorsAsCode.Definitions.Tests.Yaml;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class NotApplicableToColumnTypeTests
{
    private const string RangeOnCountry = """
        monitors:
          - id: country-range
            dataset: fraud-scoring
            check: validity
            column: country
            min: 0
            max: 100
            fail: 0
        """;

    [Fact]
    public void Wasserstein_on_a_string_column_is_reported_at_the_method_with_the_methods_that_fit()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: country-drift
                dataset: fraud-scoring
                check: drift
                column: country
                method: wasserstein
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0012: monitor 'country-drift': method wasserstein needs a numeric column, and 'country' is string; use psi or jensen-shannon");
    }

    [Fact]
    public void Min_max_range_on_a_string_column_is_reported_with_allowed_as_the_alternative()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("datasets.yaml", FraudScoring), ("monitors.yaml", RangeOnCountry));

        loaded.Diagnostics.Select(d => (d.Rule.Id, d.Message)).Should().Equal(
            (RuleIdentifiers.NotApplicableToColumnType, "monitor 'country-range': a min/max range needs a numeric column, and 'country' is string; use 'allowed'"));
    }

    [Fact]
    public void Min_max_range_on_a_string_column_is_reported_at_the_range()
    {
        var diagnostics = DiagnoseMonitors(RangeOnCountry);

        diagnostics.Should().Equal(
            "monitors.yaml(6,10): error MAC0012: monitor 'country-range': a min/max range needs a numeric column, and 'country' is string; use 'allowed'");
    }

    [Fact]
    public void Freshness_on_a_numeric_column_is_reported_at_the_check()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-fresh
                dataset: fraud-scoring
                check: freshness
                column: amount
                fail: 36h
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0012: monitor 'amount-fresh': a freshness check needs a timestamp or date column, and 'amount' is double");
    }

    [Fact]
    public void Checks_on_columns_of_a_fitting_type_have_no_applicability_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: wasserstein
                fail: 0.25
              - id: country-drift
                dataset: fraud-scoring
                check: drift
                column: country
                method: jensen-shannon
                fail: 0.25
              - id: score-range
                dataset: fraud-scoring
                check: validity
                column: score
                min: 0
                max: 1
                fail: 0
              - id: country-codes
                dataset: fraud-scoring
                check: validity
                column: country
                allowed: [DE, FR, NL]
                fail: 0.01
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                fail: 36h
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Tests_on_numbers_and_z_on_numbers_are_reported_with_the_methods_that_fit()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: country-ks
                dataset: fraud-scoring
                check: drift
                column: country
                method: ks
                fail: 0.01
              - id: amount-z
                dataset: fraud-scoring
                check: drift
                column: amount
                method: z
                fail: 0.01
              - id: country-bins
                dataset: fraud-scoring
                check: drift
                column: country
                method: psi
                bins: 5
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0012: monitor 'country-ks': method ks needs a numeric column, and 'country' is string; use chi-square or jensen-shannon",
            "monitors.yaml(12,13): error MAC0012: monitor 'amount-z': method z compares the two categories of a bool or text column, and 'amount' is double; use ks or psi",
            "monitors.yaml(19,11): error MAC0012: monitor 'country-bins': 'bins' cuts a numeric column into bins, and 'country' is string, whose categories are compared one by one; remove 'bins'");
    }

    [Fact]
    public void A_dataset_drift_monitor_reports_each_selected_column_its_method_cannot_measure()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: features-ks
                dataset: fraud-scoring
                check: drift
                roles: [feature]
                method: ks
                fail: 0.5
              - id: features-auto
                dataset: fraud-scoring
                check: drift
                columns: all
                fail: 0.5
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0012: monitor 'features-ks': method ks needs a numeric column, and 'country' is string; use chi-square or jensen-shannon (selected by roles [feature])");
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.NotApplicableToColumnType);
    }
}
