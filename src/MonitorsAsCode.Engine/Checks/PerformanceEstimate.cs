using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>A metric's value over labelled predictions and its interval; <see cref="Undefined"/> says why there is no value.</summary>
internal sealed record PerformanceEstimate(double Value, ConfidenceInterval? Interval, string Method)
{
    /// <summary>Why the metric has no value on these rows (no positive label, one class only), or null.</summary>
    public string? Undefined { get; init; }

    /// <summary>The confusion matrix at the operating threshold, for thresholded metrics.</summary>
    public ConfusionMatrix? Matrix { get; init; }

    /// <summary>Positive labels, for classification metrics.</summary>
    public long? Positives { get; init; }

    public static PerformanceEstimate Missing(string why) => new(double.NaN, null, string.Empty) { Undefined = why };
}
