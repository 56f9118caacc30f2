using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class MissingRequiredFieldTests
{
    [Fact]
    public void Monitor_without_a_check_is_reported_at_the_monitor_and_gates_naming_it_stay_quiet()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                column: amount
                fail: 0.25
            gates:
              - id: deploy
                monitors: [amount-drift]
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,5): error MAC0004: a monitor is missing the required field 'check'");
    }

    [Fact]
    public void Drift_monitor_without_a_column_is_reported_at_the_monitor()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,5): error MAC0004: a drift monitor is missing the required field 'column' (or 'columns' or 'roles' for a dataset drift monitor)");
    }

    [Fact]
    public void Monitor_without_any_threshold_is_reported_with_the_metric_it_measures()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,5): error MAC0004: monitor 'amount-drift' needs a 'warn' or 'fail' threshold on its psi");
    }

    [Fact]
    public void Drift_monitor_without_a_method_or_thresholds_is_auto_and_needs_none()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Validity_monitor_without_a_range_or_allowed_values_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: score-range
                dataset: fraud-scoring
                check: validity
                column: score
                fail: 0
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,5): error MAC0004: validity monitor 'score-range' needs 'min', 'max' or 'allowed'");
    }

    [Fact]
    public void Dataset_without_columns_or_current_snapshot_is_reported_and_its_monitors_do_not_cascade()
    {
        var diagnostics = Diagnose(("definitions.yaml", """
            datasets:
              - id: fraud-scoring
                snapshots: { reference: data/reference.csv }
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
            """));

        diagnostics.Should().Equal(
            "definitions.yaml(2,5): error MAC0004: a dataset is missing the required field 'columns'",
            "definitions.yaml(3,16): error MAC0004: snapshots is missing the required field 'current'");
    }

    [Fact]
    public void Empty_band_threshold_is_reported_at_the_band()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: {}
                fail: { below: 0.5 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0004: the 'warn' threshold needs 'below', 'above' or both");
    }

    [Fact]
    public void Definitions_with_every_required_field_have_no_missing_field_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                fail: 0.25
              - id: score-range
                dataset: fraud-scoring
                check: validity
                column: score
                min: 0
                max: 1
                fail: 0
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.8 }
                fail: { below: 0.5 }
            gates:
              - id: deploy
                monitors: [amount-drift, score-range, row-count]
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.MissingRequiredField);
    }
}
