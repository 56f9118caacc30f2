using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class UnknownKeyTests
{
    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_the_nearest_valid_key()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.1
                fial: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,5): error MAC0002: unknown key 'fial' in a monitor (did you mean 'fail'?)");
    }

    [Fact]
    public void Unknown_key_without_a_close_match_is_reported_without_a_suggestion()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                team: risk-ml-oncall
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,5): error MAC0002: unknown key 'team' in a monitor");
    }

    [Fact]
    public void Unknown_keys_of_datasets_and_columns_are_reported_at_each_key()
    {
        var diagnostics = Diagnose(("datasets.yaml", """
            datasets:
              - id: fraud-scoring
                ownr: risk-ml
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount: { type: double, rol: feature }
            """));

        diagnostics.Should().Equal(
            "datasets.yaml(3,5): error MAC0002: unknown key 'ownr' in a dataset (did you mean 'owner'?)",
            "datasets.yaml(6,31): error MAC0002: unknown key 'rol' in column 'amount' (did you mean 'role'?)");
    }

    [Fact]
    public void Misspelt_top_level_key_is_reported_with_the_list_it_meant()
    {
        var diagnostics = DiagnoseMonitors("""
            monitor:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(1,1): error MAC0002: unknown key 'monitor' in a definitions file (did you mean 'monitors'?)");
    }

    [Fact]
    public void Monitors_under_a_misspelt_top_level_key_are_not_also_reported_as_unknown_by_gates()
    {
        var diagnostics = DiagnoseMonitors("""
            monitor:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            gates:
              - id: deploy
                monitors: [amount-drift]
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(1,1): error MAC0002: unknown key 'monitor' in a definitions file (did you mean 'monitors'?)");
    }

    [Fact]
    public void Drift_method_on_a_completeness_check_is_reported_as_belonging_to_drift_checks()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                method: psi
                fail: 0.01
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,5): error MAC0002: 'method' does not apply to completeness checks; it belongs to drift checks");
    }

    [Fact]
    public void Threshold_on_a_schema_check_is_reported_as_not_applying()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: fraud-schema
                dataset: fraud-scoring
                check: schema
                fail: 1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,5): error MAC0002: 'fail' does not apply to schema checks: they fail on a missing or mistyped column and need no threshold");
    }

    [Fact]
    public void Column_on_a_volume_check_is_reported_as_not_applying()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                column: amount
                fail: { below: 0.5 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,5): error MAC0002: 'column' does not apply to volume checks: they look at the whole dataset");
    }

    [Fact]
    public void Misspelt_band_key_is_reported_with_the_nearest_band_key()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.8, abov: 1.25 }
                fail: { below: 0.5 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,25): error MAC0002: unknown key 'abov' in the 'warn' threshold (did you mean 'above'?)");
    }

    [Fact]
    public void Lower_limit_on_an_upper_limit_metric_is_reported_once_at_the_key()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: { below: 0.1 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0002: 'below' does not apply: a psi threshold is an upper limit; write 'fail: <limit>'");
    }

    [Fact]
    public void Keys_that_apply_to_their_check_have_no_unknown_key_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                warn: 0.1
                fail: 0.25
              - id: fraud-schema
                dataset: fraud-scoring
                check: schema
                unexpected_columns: fail
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.8, above: 1.25 }
                fail: { below: 0.5 }
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.UnknownKey);
    }
}
