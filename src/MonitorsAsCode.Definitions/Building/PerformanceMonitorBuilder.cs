using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A performance monitor: a model quality metric over labelled, mature predictions, with its confidence interval. Warn
/// and fail follow the metric's direction: lower limits for accuracy, AUC or R², upper limits for losses and errors, and
/// upper limits on the drop from the reference after <see cref="Relative"/>.
/// </summary>
public sealed class PerformanceMonitorBuilder : MonitorDefinitionBuilder<PerformanceMonitorBuilder>
{
    internal PerformanceMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
        Locations.Set("metric", location);
    }

    /// <summary>The prediction column (YAML <c>column:</c>), when it is not the dataset's column of role prediction.</summary>
    public PerformanceMonitorBuilder Prediction(string column, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Columns = [column] };
        Locations.Set("columns[0]", CallSite.Of(file, line));
        return this;
    }

    /// <summary>The operating threshold of accuracy, precision, recall, F1 and cost: a score at or above it predicts positive (default 0.5).</summary>
    public PerformanceMonitorBuilder Threshold(double score, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { DecisionThreshold = score };
        Locations.Set("threshold", CallSite.Of(file, line));
        return this;
    }

    /// <summary>The cost of a false positive and of a false negative, for metric cost.</summary>
    public PerformanceMonitorBuilder Costs(double falsePositive, double falseNegative, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Costs = new PerformanceCosts(falsePositive, falseNegative) };
        Locations.Set("costs", CallSite.Of(file, line));
        return this;
    }

    /// <summary>The number of equal-width calibration bins, for metric ece (default 10).</summary>
    public PerformanceMonitorBuilder Bins(int bins, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Bins = bins };
        Locations.Set("bins", CallSite.Of(file, line));
        return this;
    }

    /// <summary>How far a prediction may be from the actual value and still count, for metric within-tolerance.</summary>
    public PerformanceMonitorBuilder Tolerance(double distance, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Tolerance = distance };
        Locations.Set("tolerance", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Judges the drop from the reference's value (positive when worse) instead of the value; warn and fail become upper limits on the drop.</summary>
    public PerformanceMonitorBuilder Relative([CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Relative = true, Warn = AsDrop(Definition.Warn), Fail = AsDrop(Definition.Fail) };
        Locations.Set("relative", CallSite.Of(file, line));
        return this;
    }

    /// <summary>The fewest labelled, mature predictions judged; with fewer the monitor is skipped (default 100).</summary>
    public PerformanceMonitorBuilder MinLabels(int count, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { MinLabels = count };
        Locations.Set("min_labels", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Warns past <paramref name="limit"/> in the metric's direction (equal does not breach).</summary>
    public PerformanceMonitorBuilder Warn(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = Limit(limit) };
        Locations.Set("warn", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Fails past <paramref name="limit"/> in the metric's direction (equal does not breach).</summary>
    public PerformanceMonitorBuilder Fail(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = Limit(limit) };
        Locations.Set("fail", CallSite.Of(file, line));
        return this;
    }

    private static Monitors.Threshold? AsDrop(Monitors.Threshold? limit) =>
        limit is { } written ? Monitors.Threshold.AtMost(written.Below ?? written.Above ?? 0) : null;

    private Monitors.Threshold Limit(double limit) =>
        MetricCatalog.Describe(Definition).SmallerIsWorse ? Monitors.Threshold.AtLeast(limit) : Monitors.Threshold.AtMost(limit);
}
