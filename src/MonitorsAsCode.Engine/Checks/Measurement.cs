using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// What a check measured and why. The status normally follows from the value and the thresholds;
/// checks without thresholds (schema) decide it themselves through <see cref="Status"/>.
/// </summary>
internal sealed record Measurement(double Value, Evidence Evidence)
{
    /// <summary>A verdict decided by the check itself, overriding the thresholds.</summary>
    public CheckStatus? Status { get; init; }

    /// <summary>Drift: the method used, when it differs from the one written (what <c>auto</c> picked).</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Drift: why <c>auto</c> picked <see cref="Method"/>.</summary>
    public string? MethodReason { get; init; }

    /// <summary>Drift: the method's statistic (D, χ², z, the raw distance), when it has one besides the value.</summary>
    public double? Statistic { get; init; }

    /// <summary>Drift: the p-value, for p-value tests.</summary>
    public double? PValue { get; init; }

    /// <summary>The metric the value is in, when it is not the one the definition implies (under <c>auto</c>).</summary>
    public MetricDescription? Metric { get; init; }

    /// <summary>Drift: both snapshots binned for pictures, computed while the column's values were at hand.</summary>
    public DistributionComparison? Distribution { get; init; }

    /// <summary>The confidence interval of the value (performance and label coverage), or null.</summary>
    public ValueInterval? Interval { get; init; }

    /// <summary>The thresholds the value was judged by, when they are not the monitor's own (under <c>auto</c>).</summary>
    public ThresholdPair? Thresholds { get; init; }
}
