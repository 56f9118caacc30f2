using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Tests.Yaml;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Building;

public sealed class PerformanceMonitorBuilderTests
{
    private const string Yaml = """
        datasets:
          - id: fraud
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            labels: { label: is_fraud, mature_after: 14d }
            columns:
              event_time: { type: timestamp, role: event_time }
              score:      { type: double, role: prediction }
              is_fraud:   { type: bool, role: label }
          - id: late
            snapshots: { current: data/predictions.csv }
            labels: { snapshot: data/labels.csv, id: transaction_id, label: is_fraud, label_time: labelled_at, mature_after: 28d }
            columns:
              transaction_id: { type: string, role: id }
              event_time:     { type: timestamp, role: event_time }
              score:          { type: double, role: prediction }
        monitors:
          - { id: cost, dataset: fraud, check: performance, metric: cost, threshold: 0.3, costs: { false_positive: 1, false_negative: 25 }, fail: 2, min_labels: 50 }
          - { id: auc-drop, dataset: fraud, check: performance, metric: roc-auc, relative: true, warn: 0.02, fail: 0.05 }
          - { id: ece, dataset: fraud, check: performance, column: score, metric: ece, bins: 15, warn: 0.05 }
          - { id: auc, dataset: fraud, check: performance, metric: roc-auc, fail: 0.8 }
          - { id: coverage, dataset: fraud, check: label-coverage, warn: 0.9, fail: 0.5 }
        """;

    [Fact]
    public void Performance_and_label_coverage_in_csharp_produce_the_records_yaml_reads()
    {
        var m = new MonitorBuilder("defs");
        var fraud = m.Dataset("fraud")
            .Snapshots(reference: "data/reference.csv", current: "data/current.csv")
            .Labels("is_fraud", matureAfter: TimeSpan.FromDays(14))
            .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
            .Column("score", ColumnType.Double, ColumnRole.Prediction)
            .Column("is_fraud", ColumnType.Bool, ColumnRole.Label);
        m.Dataset("late")
            .Snapshots(reference: null, current: "data/predictions.csv")
            .LabelsFrom("data/labels.csv", id: "transaction_id", label: "is_fraud", labelTime: "labelled_at", matureAfter: TimeSpan.FromDays(28))
            .Column("transaction_id", ColumnType.String, ColumnRole.Id)
            .Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime)
            .Column("score", ColumnType.Double, ColumnRole.Prediction);
        m.Performance("cost", fraud, PerformanceMetric.Cost).Threshold(0.3).Costs(1, 25).Fail(2).MinLabels(50);
        m.Performance("auc-drop", fraud, PerformanceMetric.RocAuc).Relative().Warn(0.02).Fail(0.05);
        m.Performance("ece", fraud, PerformanceMetric.ExpectedCalibrationError).Prediction("score").Bins(15).Warn(0.05);
        m.Performance("auc", fraud, PerformanceMetric.RocAuc).Fail(0.8);
        m.LabelCoverage("coverage", fraud).Warn(0.9).Fail(0.5);

        var csharp = m.ToDefinitionSet();
        var yaml = YamlDefinitionLoaderTests.Load(("defs/definitions.yaml", Yaml));

        yaml.Diagnostics.Should().BeEmpty();
        DefinitionValidator.Validate(csharp).Should().BeEmpty();
        csharp.Monitors.Should().BeEquivalentTo(yaml.Definitions.Monitors, options => options.Excluding(member => member.Name == "Source"));
        csharp.Datasets.Should().BeEquivalentTo(yaml.Definitions.Datasets, options => options.Excluding(member => member.Name == "Source"));
        yaml.Definitions.Monitors[3].Fail.Should().Be(Threshold.AtLeast(0.8));
        yaml.Definitions.Datasets[1].Labels!.Snapshot.Should().EndWith("labels.csv").And.NotBe("data/labels.csv", "the path resolves against the definitions folder");
    }

    [Fact]
    public void A_threshold_on_roc_auc_in_csharp_is_MAC0034_at_the_call()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("d").Snapshots(reference: null, current: "c.csv")
            .Column("score", ColumnType.Double, ColumnRole.Prediction).Column("label", ColumnType.Bool, ColumnRole.Label);
        var line = CurrentLine() + 1;
        m.Performance("auc", data, PerformanceMetric.RocAuc).Threshold(0.5).Fail(0.8);

        DefinitionValidator.Validate(m.ToDefinitionSet()).Select(d => (d.Rule.Id, d.Location!.Line)).Should().Equal(("MAC0034", line));
    }

    private static int CurrentLine([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;
}
