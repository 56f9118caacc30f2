using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class DriftOptionNotApplicableTests
{
    [Fact]
    public void Thresholds_on_an_auto_monitor_are_reported_at_the_threshold()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: auto
                warn: 0.1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,11): error MAC0022: monitor 'amount-drift': method auto picks the method, and with it the metric, for the column and judges it by that method's default thresholds; remove 'warn' or name a method");
    }

    [Fact]
    public void Bins_binning_and_edges_with_a_test_on_raw_values_are_each_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                method: wasserstein
                bins: 20
                binning: sturges
                edges: [1, 2]
                fail: 0.2
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,11): error MAC0022: monitor 'amount-drift': 'bins' applies to binned methods (psi, jensen-shannon, kl, hellinger, chi-square, total-variation, l-infinity), and method wasserstein compares the values themselves",
            "monitors.yaml(8,14): error MAC0022: monitor 'amount-drift': 'binning' applies to binned methods (psi, jensen-shannon, kl, hellinger, chi-square, total-variation, l-infinity), and method wasserstein compares the values themselves",
            "monitors.yaml(9,12): error MAC0022: monitor 'amount-drift': 'edges' applies to binned methods (psi, jensen-shannon, kl, hellinger, chi-square, total-variation, l-infinity), and method wasserstein compares the values themselves");
    }

    [Fact]
    public void Edges_with_bins_and_bins_with_sturges_are_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: fixed
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                edges: [10, 100, 1000]
                bins: 4
                fail: 0.25
              - id: sturges
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                binning: sturges
                bins: 4
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(8,11): error MAC0022: monitor 'fixed': 'edges' fixes the bins, so 'bins' has no effect; remove one of them",
            "monitors.yaml(16,11): error MAC0022: monitor 'sturges': 'bins' has no effect with binning sturges, which sets the number of bins from the sample size; remove 'bins' or use reference-quantiles");
    }

    [Fact]
    public void An_effect_on_a_distance_and_an_effect_measured_by_a_test_are_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: on-distance
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                effect: { method: wasserstein, min: 0.1 }
                fail: 0.25
              - id: by-test
                dataset: fraud-scoring
                check: drift
                column: amount
                method: ks
                effect: { method: cramer-von-mises, min: 0.1 }
                fail: 0.01
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,13): error MAC0022: monitor 'on-distance': 'effect' applies to p-value tests (ks, anderson-darling, cramer-von-mises, chi-square, z) and auto, and method psi measures an effect size already; its thresholds are the practical limit",
            "monitors.yaml(14,23): error MAC0022: monitor 'by-test': the effect is a distance, such as wasserstein or jensen-shannon, and cramer-von-mises is not one");
    }

    [Fact]
    public void A_correction_on_a_one_column_monitor_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                correction: bonferroni
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,17): error MAC0022: monitor 'amount-drift': 'correction' applies to dataset drift monitors, which test several columns at once, and this monitor tests one column");
    }

    [Fact]
    public void The_domain_classifier_on_one_column_and_with_per_column_options_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: one-column
                dataset: fraud-scoring
                check: drift
                column: amount
                method: domain-classifier
                fail: 0.65
              - id: with-options
                dataset: fraud-scoring
                check: drift
                columns: all
                method: domain-classifier
                correction: bonferroni
                null_share_change: { fail: 0.05 }
                fail: 0.65
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0022: monitor 'one-column': method domain-classifier tells rows apart on several columns together; give it 'columns', 'roles' or 'columns: all'",
            "monitors.yaml(13,17): error MAC0022: monitor 'with-options': 'correction' applies to p-values of several columns, and method domain-classifier gives one score for all of them",
            "monitors.yaml(14,24): error MAC0022: monitor 'with-options': 'null_share_change' judges one column's nulls, and method domain-classifier gives one score for all columns (nulls are among its inputs)");
    }

    [Fact]
    public void Options_that_apply_produce_nothing()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-ks
                dataset: fraud-scoring
                check: drift
                column: amount
                method: ks
                effect: { method: wasserstein, min: 0.1 }
                warn: 0.05
                fail: 0.01
              - id: amount-sturges
                dataset: fraud-scoring
                check: drift
                column: amount
                method: psi
                binning: sturges
                fail: 0.25
              - id: amount-edges
                dataset: fraud-scoring
                check: drift
                column: amount
                method: jensen-shannon
                edges: [10, 100, 1000]
                fail: 0.2
              - id: features
                dataset: fraud-scoring
                check: drift
                columns: all
                correction: bonferroni
                binning: sturges
                effect: { method: jensen-shannon, min: 0.05 }
                null_share_change: { fail: 0.05 }
                fail: 0.5
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.DriftOptionNotApplicable);
    }
}
