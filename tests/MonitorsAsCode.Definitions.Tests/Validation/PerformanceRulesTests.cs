using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Validation;

/// <summary>MAC0034–MAC0036 and the other rules that judge labels and performance monitors, with file and line.</summary>
public sealed class PerformanceRulesTests
{
    private const string Labelled = """
        datasets:
          - id: fraud
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            labels: { label: is_fraud, mature_after: 14d }
            columns:
              transaction_id: { type: string, role: id }
              event_time:     { type: timestamp, role: event_time }
              score:          { type: double, role: prediction }
              amount:         { type: double }
              is_fraud:       { type: bool, role: label }
        """;

    [Fact]
    public void A_performance_monitor_and_its_labels_load_from_yaml()
    {
        var loaded = YamlDefinitionLoaderTests.Load([("datasets.yaml", Labelled), ("monitors.yaml", """
            monitors:
              - { id: cost, dataset: fraud, check: performance, metric: cost, threshold: 0.3, costs: { false_positive: 1, false_negative: 25 }, fail: 2, min_labels: 50 }
              - { id: auc-drop, dataset: fraud, check: performance, metric: roc-auc, relative: true, warn: 0.02, fail: 0.05 }
              - { id: coverage, dataset: fraud, check: label-coverage, warn: 0.9, fail: 0.5 }
            """)]);

        loaded.Diagnostics.Should().BeEmpty();
        var dataset = loaded.Definitions.Datasets.Single();
        dataset.Labels.Should().Be(new LabelSource("is_fraud") { MatureAfter = TimeSpan.FromDays(14) });
        dataset.LabelColumn.Should().Be("is_fraud");
        var cost = loaded.Definitions.Monitors[0];
        cost.Metric.Should().Be(PerformanceMetric.Cost);
        cost.DecisionThreshold.Should().Be(0.3);
        cost.Costs.Should().Be(new PerformanceCosts(1, 25));
        cost.MinLabels.Should().Be(50);
        cost.Fail.Should().Be(Threshold.AtMost(2), "a cost is worse when larger");
        var drop = loaded.Definitions.Monitors[1];
        drop.Relative.Should().BeTrue();
        drop.Fail.Should().Be(Threshold.AtMost(0.05), "a drop from the reference is worse when larger");
        loaded.Definitions.Monitors[2].Fail.Should().Be(Threshold.AtLeast(0.5), "label coverage is worse when smaller");
    }

    [Fact]
    public void An_auc_floor_is_a_lower_limit()
    {
        var loaded = YamlDefinitionLoaderTests.Load([("datasets.yaml", Labelled), ("monitors.yaml", "monitors:\n  - { id: auc, dataset: fraud, check: performance, metric: roc-auc, warn: 0.85, fail: 0.8 }\n")]);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.Monitors.Single().Fail.Should().Be(Threshold.AtLeast(0.8));
    }

    [Fact]
    public void An_unknown_metric_is_a_wrong_value_with_the_nearest_word()
    {
        Diagnose("  - { id: p, dataset: fraud, check: performance, metric: roc_auc, fail: 0.8 }\n").Should().Equal(
            "monitors.yaml(2,58): error MAC0003: 'metric' must be one of accuracy, precision, recall, f1, roc-auc, average-precision, log-loss, brier, ece, cost, mae, rmse, mape, r2, within-tolerance, not 'roc_auc' (did you mean 'roc-auc'?)");
    }

    [Fact]
    public void A_performance_monitor_without_a_metric_is_missing_a_field()
    {
        Diagnose("  - { id: p, dataset: fraud, check: performance, fail: 0.8 }\n").Should().ContainSingle()
            .Which.Should().StartWith("monitors.yaml(2,5): error MAC0004: a monitor is missing the required field 'metric'");
    }

    [Fact]
    public void A_threshold_on_a_metric_that_judges_every_threshold_is_MAC0034_at_the_threshold()
    {
        Diagnose("  - { id: p, dataset: fraud, check: performance, metric: roc-auc, threshold: 0.5, fail: 0.8 }\n").Should().Equal(
            "monitors.yaml(2,78): error MAC0034: monitor 'p': 'threshold' does not apply to roc-auc: it judges the scores themselves, at every threshold; leave it out, or measure accuracy, precision, recall, f1 or cost");
    }

    [Fact]
    public void Costs_on_a_regression_metric_and_bins_off_ece_are_MAC0034()
    {
        Diagnose("  - { id: p, dataset: fraud, check: performance, metric: brier, costs: { false_positive: 1, false_negative: 5 }, bins: 5, fail: 0.2 }\n").Should().Equal(
            "monitors.yaml(2,72): error MAC0034: monitor 'p': 'costs' applies to metric cost only, not brier",
            "monitors.yaml(2,120): error MAC0034: monitor 'p': 'bins' applies to metric ece (calibration bins) only, not brier");
    }

    [Fact]
    public void Cost_without_costs_and_within_tolerance_without_a_tolerance_are_missing_fields_at_the_metric()
    {
        Diagnose("  - { id: c, dataset: fraud, check: performance, metric: cost, fail: 2 }\n  - { id: w, dataset: fraud, check: performance, metric: within-tolerance, fail: 0.8 }\n").Should().Equal(
            "monitors.yaml(2,58): error MAC0004: monitor 'c' measures cost and needs 'costs', such as { false_positive: 1, false_negative: 25 }",
            "monitors.yaml(3,58): error MAC0004: monitor 'w' measures within-tolerance and needs a 'tolerance', how far a prediction may be from the actual value",
            "monitors.yaml(3,58): error MAC0012: monitor 'w': within-tolerance needs a numeric (double or int64) label, and 'is_fraud' is bool");
    }

    [Fact]
    public void An_auc_floor_above_one_is_out_of_range()
    {
        Diagnose("  - { id: p, dataset: fraud, check: performance, metric: roc-auc, fail: 1.2 }\n").Should().Equal(
            "monitors.yaml(2,73): error MAC0008: monitor 'p': fail 1.2 is outside what its roc-auc can take (from 0, up to 1)");
    }

    [Fact]
    public void A_dataset_without_labels_is_MAC0035_at_the_check()
    {
        DefinitionFiles.DiagnoseMonitors("monitors:\n  - { id: p, dataset: fraud-scoring, check: label-coverage, fail: 0.5 }\n").Should().Equal(
            "monitors.yaml(2,45): error MAC0035: monitor 'p' is a label-coverage check, but dataset 'fraud-scoring' has no label column: declare one with role label, or a 'labels:' block");
    }

    [Fact]
    public void A_relative_monitor_on_a_dataset_without_a_reference_is_MAC0014()
    {
        var datasets = Labelled.Replace("{ reference: data/reference.csv, current: data/current.csv }", "{ current: data/current.csv }", StringComparison.Ordinal);
        DefinitionFiles.Diagnose(("datasets.yaml", datasets), ("monitors.yaml", "monitors:\n  - { id: p, dataset: fraud, check: performance, metric: f1, relative: true, fail: 0.05 }\n")).Should().Equal(
            "monitors.yaml(2,72): error MAC0014: monitor 'p' judges its drop from the reference ('relative: true'), but dataset 'fraud' has no reference snapshot");
    }

    [Fact]
    public void A_separate_labels_snapshot_needs_an_id_and_an_id_needs_a_snapshot()
    {
        DiagnoseLabels("{ snapshot: data/labels.csv, label: is_fraud }").Should().Equal(
            "datasets.yaml(4,25): error MAC0036: dataset 'fraud' reads its labels from a separate snapshot, which needs 'id': the column that joins each label to its prediction");
        DiagnoseLabels("{ id: transaction_id, label: is_fraud }").Should().Equal(
            "datasets.yaml(4,19): error MAC0036: dataset 'fraud': 'labels.id' joins a separate labels snapshot, and there is no 'labels.snapshot'; leave 'id' out when the label is a column of the dataset's own rows");
    }

    [Fact]
    public void Mature_after_needs_an_event_time_and_a_positive_duration()
    {
        var withoutEventTime = Labelled.Replace("event_time:     { type: timestamp, role: event_time }", "event_time:     { type: timestamp }", StringComparison.Ordinal);
        DefinitionFiles.Diagnose(("datasets.yaml", withoutEventTime)).Should().Equal(
            "datasets.yaml(4,46): error MAC0036: dataset 'fraud': 'mature_after' needs the time each prediction was made, to know how old it is; declare a timestamp or date column with role event_time");
        DiagnoseLabels("{ label: is_fraud, mature_after: 0d }").Should().Equal(
            "datasets.yaml(4,46): error MAC0036: dataset 'fraud': 'mature_after' must be a positive duration such as 14d");
    }

    [Fact]
    public void A_label_column_the_dataset_does_not_declare_is_unknown_and_a_label_time_must_be_a_time()
    {
        DiagnoseLabels("{ label: is_frad, label_time: amount }").Should().Equal(
            "datasets.yaml(4,22): error MAC0007: dataset 'fraud': 'labels.label' names column 'is_frad', which the dataset does not declare (did you mean 'is_fraud'?)",
            "datasets.yaml(4,43): error MAC0036: dataset 'fraud': the label time 'amount' is double; it must be a timestamp or date column");
    }

    [Fact]
    public void Rules_are_documented()
    {
        RulePage.ShouldBeDocumented(Definitions.Validation.DefinitionRules.PerformanceOptionNotApplicable);
        RulePage.ShouldBeDocumented(Definitions.Validation.DefinitionRules.LabelsRequired);
        RulePage.ShouldBeDocumented(Definitions.Validation.DefinitionRules.InvalidLabelSource);
    }

    private static IReadOnlyList<string> Diagnose(string monitors) =>
        DefinitionFiles.Diagnose(("datasets.yaml", Labelled), ("monitors.yaml", "monitors:\n" + monitors));

    private static IReadOnlyList<string> DiagnoseLabels(string labels) =>
        DefinitionFiles.Diagnose(("datasets.yaml", Labelled.Replace("{ label: is_fraud, mature_after: 14d }", labels, StringComparison.Ordinal)));
}
