using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Engine.Tests.Diffing;

public sealed class DefinitionDiffPerformanceTests
{
    private static readonly MonitorDefinition Auc = new("fraud-auc", "fraud", CheckKind.Performance) { Metric = PerformanceMetric.RocAuc, Fail = Threshold.AtLeast(0.8) };

    [Fact]
    public void A_lowered_performance_floor_is_loosened_and_risky()
    {
        Summaries(Auc, Auc with { Fail = Threshold.AtLeast(0.7) }).Should().Equal("Risky fraud-auc fail: fail threshold loosened < 0.8 → < 0.7");
    }

    [Fact]
    public void A_changed_metric_threshold_and_minimum_volume_are_named()
    {
        var before = new MonitorDefinition("fraud-recall", "fraud", CheckKind.Performance) { Metric = PerformanceMetric.Recall, DecisionThreshold = 0.5, Fail = Threshold.AtLeast(0.6) };

        Summaries(before, before with { Metric = PerformanceMetric.Precision, DecisionThreshold = 0.3, MinLabels = 50 }).Should().Equal(
            "Neutral fraud-recall metric: metric changed recall → precision",
            "Neutral fraud-recall threshold: operating threshold changed 0.5 → 0.3",
            "Neutral fraud-recall min_labels: min_labels changed none → 50");
    }

    private static List<string> Summaries(MonitorDefinition before, MonitorDefinition after) =>
        DefinitionDiff.Compare(Set(before), Set(after)).Changes.Select(c => $"{c.Risk} {c.Subject} {c.Field}: {c.Summary}").ToList();

    private static DefinitionSet Set(MonitorDefinition monitor) => new([], [monitor], []);
}
