using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A model quality metric over the current snapshot's mature, labelled predictions, with its confidence interval
/// (<see cref="PerformanceMeasurer"/>); with <c>relative: true</c>, how much worse it is than over the reference's
/// labelled predictions (positive when worse), with the MOVER interval of the difference. Fewer labelled predictions
/// than <c>min_labels</c> on either side, or a metric undefined on them (no positive label for recall, one class for
/// ROC AUC), skip the monitor with the reason: never a pass.
/// </summary>
internal sealed class PerformanceCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Performance;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) => monitor.Relative ? monitor.Columns : [];

    /// <inheritdoc />
    public override bool NeedsReference(MonitorDefinition monitor) => monitor.Relative;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var monitor = context.Monitor;
        var metric = monitor.Metric ?? throw new CheckException($"monitor '{monitor.Id}' names no metric");
        var word = YamlWords.Of(metric);
        var unit = MetricCatalog.DescribePerformance(metric, relative: false).Unit;
        var minLabels = monitor.MinLabels ?? PerformanceMetrics.DefaultMinLabels;
        var current = LabelledRows.Gathered(context, context.Current);
        var leftOut = LabelledRows.LeftOut(current, context.Dataset);
        var suffix = leftOut is null ? string.Empty : "; " + leftOut;
        var pairs = current.Predictions.Length;
        if (!PerformanceMetrics.IsRegression(metric) && current.Counts.NonBinaryLabels > 0)
        {
            throw new CheckException($"{word} needs labels of 0 and 1, and {ValueFormat.Count(current.Counts.NonBinaryLabels)} labels of '{context.Dataset.LabelColumn}' are neither");
        }

        if (pairs < minLabels)
        {
            return Skipped($"only {ValueFormat.Count(pairs)} labelled mature predictions, fewer than min_labels {ValueFormat.Count(minLabels)}: too few to judge {word}{suffix}");
        }

        var estimate = PerformanceMeasurer.Measure(monitor, current.Predictions, current.Labels);
        if (estimate.Undefined is { } undefined)
        {
            return Skipped($"{undefined} over {ValueFormat.Count(pairs)} labelled mature predictions{suffix}");
        }

        var over = $"over {ValueFormat.Count(pairs)} labelled mature predictions" + (estimate.Positives is { } positives ? $" ({ValueFormat.Count(positives)} positive)" : string.Empty);
        var intervalText = estimate.Interval is { } interval ? PerformanceText.Interval(interval, estimate.Method, unit) : "no interval: too few rows of a class";
        var details = estimate.Matrix is { } matrix && PerformanceMetrics.UsesThreshold(metric) ? new List<EvidenceTable> { MatrixTable(matrix, monitor) } : [];
        if (!monitor.Relative)
        {
            var summary = $"{word} {PerformanceText.Value(estimate.Value, unit)} ({intervalText}) {over}{suffix}";
            return new Measurement(estimate.Value, new Evidence(summary, details)) { Interval = estimate.Interval is { } i ? ValueInterval.Of(i, IntervalMethod(estimate.Method)) : null };
        }

        var reference = LabelledRows.Gathered(context, context.RequireReference());
        var referencePairs = reference.Predictions.Length;
        if (referencePairs < minLabels)
        {
            return Skipped($"the reference has only {ValueFormat.Count(referencePairs)} labelled predictions, fewer than min_labels {ValueFormat.Count(minLabels)}: no value of {word} to compare with");
        }

        var baseline = PerformanceMeasurer.Measure(monitor, reference.Predictions, reference.Labels);
        if (baseline.Undefined is { } referenceUndefined)
        {
            return Skipped($"on the reference, {referenceUndefined}: no value of {word} to compare with");
        }

        // The drop is positive when the current value is worse: lower for accuracy or AUC, higher for a loss.
        var smallerIsWorse = PerformanceMetrics.SmallerIsWorse(metric);
        var drop = smallerIsWorse ? baseline.Value - estimate.Value : estimate.Value - baseline.Value;
        ConfidenceInterval? dropInterval = estimate.Interval is { } ci && baseline.Interval is { } bi
            ? smallerIsWorse ? DifferenceInterval.Of(baseline.Value, bi, estimate.Value, ci) : DifferenceInterval.Of(estimate.Value, ci, baseline.Value, bi)
            : null;
        var dropText = dropInterval is { } di ? PerformanceText.Interval(di, "MOVER", MetricUnit.Score) : "no interval";
        var relativeSummary = $"{word} {PerformanceText.Value(estimate.Value, unit)} ({intervalText}) {over}, against {PerformanceText.Value(baseline.Value, unit)} on the reference's {ValueFormat.Count(referencePairs)}: "
            + $"{(drop >= 0 ? "worse" : "better")} by {ValueFormat.Number(Math.Abs(drop))} ({dropText}){suffix}";
        return new Measurement(drop, new Evidence(relativeSummary, details)) { Interval = dropInterval is { } d ? ValueInterval.Of(d, "mover") : null };
    }

    /// <inheritdoc />
    internal override void PlanReference(MonitorDefinition monitor, ScanPlan plan)
    {
        if (monitor.Relative)
        {
            LabelledRows.Plan(monitor, plan, asOf: null, keepPairs: true);
        }
    }

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf) =>
        LabelledRows.Plan(monitor, plan, asOf, keepPairs: true);

    private static Measurement Skipped(string why) => new(double.NaN, Evidence.Of(why)) { Status = CheckStatus.Skipped };

    private static string IntervalMethod(string method) => method.ToLowerInvariant();

    private static EvidenceTable MatrixTable(ConfusionMatrix matrix, MonitorDefinition monitor)
    {
        var threshold = ValueFormat.Number(monitor.DecisionThreshold ?? PerformanceMetrics.DefaultThreshold);
        return new EvidenceTable(
            $"confusion matrix at threshold {threshold}",
            ["label", "predicted positive", "predicted negative"],
            [
                ["positive", (long)matrix.TruePositives, (long)matrix.FalseNegatives],
                ["negative", (long)matrix.FalsePositives, (long)matrix.TrueNegatives],
            ]);
    }
}
