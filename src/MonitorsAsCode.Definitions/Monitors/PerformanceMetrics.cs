namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>What each <see cref="PerformanceMetric"/> needs: the kind of model, and which options it takes.</summary>
public static class PerformanceMetrics
{
    /// <summary>The operating threshold of thresholded metrics when none is written.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>The fewest labelled, mature predictions a performance monitor judges when <c>min_labels</c> is not written.</summary>
    public const int DefaultMinLabels = 100;

    /// <summary>Whether the metric judges a regression (numeric labels) rather than a binary classifier.</summary>
    public static bool IsRegression(PerformanceMetric metric) => metric >= PerformanceMetric.MeanAbsoluteError;

    /// <summary>Whether the metric turns scores into decisions at an operating <c>threshold</c>.</summary>
    public static bool UsesThreshold(PerformanceMetric metric) =>
        metric is PerformanceMetric.Accuracy or PerformanceMetric.Precision or PerformanceMetric.Recall or PerformanceMetric.F1 or PerformanceMetric.Cost;

    /// <summary>Whether the metric reads scores as probabilities, so they must lie within [0, 1].</summary>
    public static bool NeedsProbabilities(PerformanceMetric metric) =>
        metric is PerformanceMetric.LogLoss or PerformanceMetric.Brier or PerformanceMetric.ExpectedCalibrationError;

    /// <summary>Whether a smaller value is worse (accuracy, AUC, R²) rather than a larger one (losses and errors).</summary>
    public static bool SmallerIsWorse(PerformanceMetric metric) =>
        metric is PerformanceMetric.Accuracy or PerformanceMetric.Precision or PerformanceMetric.Recall or PerformanceMetric.F1
            or PerformanceMetric.RocAuc or PerformanceMetric.AveragePrecision or PerformanceMetric.RSquared or PerformanceMetric.WithinTolerance;
}
