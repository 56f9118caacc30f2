using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Statistics.Classification;
using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A performance monitor's metric over (prediction, label) pairs with its interval: Wilson for the proportions
/// (accuracy, precision, recall, within-tolerance), DeLong for ROC AUC, a seeded percentile bootstrap for the rest.
/// The bootstrap draws <see cref="PercentileBootstrap.DefaultResamples"/> resamples, fewer (down to
/// <see cref="MinimumResamples"/>) when rows × resamples would pass <see cref="BootstrapWork"/>, so ten million rows
/// stay within seconds.
/// </summary>
internal static class PerformanceMeasurer
{
    /// <summary>The most row draws a bootstrap makes: rows × resamples.</summary>
    public const long BootstrapWork = 200_000_000;

    /// <summary>The fewest resamples a bootstrap draws, however many rows there are.</summary>
    public const int MinimumResamples = 200;

    public static PerformanceEstimate Measure(MonitorDefinition monitor, double[] predictions, double[] labels)
    {
        var metric = monitor.Metric ?? PerformanceMetric.Accuracy;
        if (predictions.Length == 0)
        {
            return PerformanceEstimate.Missing("no labelled predictions");
        }

        return PerformanceMetrics.IsRegression(metric) ? Regression(monitor, metric, predictions, labels) : Classification(monitor, metric, predictions, labels);
    }

    /// <summary>The number of bootstrap resamples for <paramref name="rows"/> rows.</summary>
    public static int Resamples(int rows) =>
        (int)Math.Clamp(BootstrapWork / Math.Max(rows, 1), MinimumResamples, PercentileBootstrap.DefaultResamples);

    private static PerformanceEstimate Classification(MonitorDefinition monitor, PerformanceMetric metric, double[] scores, double[] labels)
    {
        var positive = new bool[labels.Length];
        long positives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            positive[i] = labels[i] == 1;
            positives += positive[i] ? 1 : 0;
        }

        var negatives = labels.Length - positives;
        var threshold = monitor.DecisionThreshold ?? PerformanceMetrics.DefaultThreshold;
        var matrix = ConfusionMatrix.Of(scores, positive, threshold);
        var thresholdText = "at threshold " + Results.ValueFormat.Number(threshold);
        PerformanceEstimate Wilson(double value, double successes, double trials, string undefined) =>
            trials > 0
                ? new PerformanceEstimate(value, WilsonInterval.Of(successes, trials), "Wilson") { Matrix = matrix, Positives = positives }
                : PerformanceEstimate.Missing(undefined) with { Matrix = matrix, Positives = positives };
        PerformanceEstimate Bootstrapped(double value, Func<double[], double> statistic, string undefined) =>
            double.IsNaN(value)
                ? PerformanceEstimate.Missing(undefined) with { Matrix = matrix, Positives = positives }
                : new PerformanceEstimate(value, PercentileBootstrap.Interval(scores.Length, statistic, Resamples(scores.Length)), "bootstrap") { Matrix = matrix, Positives = positives };

        if (PerformanceMetrics.NeedsProbabilities(metric))
        {
            foreach (var score in scores)
            {
                if (!(score >= 0 && score <= 1))
                {
                    throw new CheckException($"{Definitions.Yaml.YamlWords.Of(metric)} reads scores as probabilities, and a score is {Results.ValueFormat.Number(score)}, outside [0, 1]; measure roc-auc or average-precision, or calibrate the scores");
                }
            }
        }

        switch (metric)
        {
            case PerformanceMetric.Accuracy:
                return Wilson(matrix.Accuracy, matrix.TruePositives + matrix.TrueNegatives, matrix.Total, "no labelled predictions");
            case PerformanceMetric.Precision:
                return Wilson(matrix.Precision, matrix.TruePositives, matrix.PredictedPositives, $"no prediction is positive {thresholdText}: precision is undefined");
            case PerformanceMetric.Recall:
                return Wilson(matrix.Recall, matrix.TruePositives, matrix.ActualPositives, "no label is positive: recall is undefined");
            case PerformanceMetric.F1:
                return Bootstrapped(matrix.F1, w => ConfusionMatrix.Of(scores, positive, threshold, w).F1, "no label and no prediction is positive: F1 is undefined");
            case PerformanceMetric.Cost:
                var costs = monitor.Costs ?? new PerformanceCosts(1, 1);
                return Bootstrapped(matrix.CostPerPrediction(costs.FalsePositive, costs.FalseNegative), w => ConfusionMatrix.Of(scores, positive, threshold, w).CostPerPrediction(costs.FalsePositive, costs.FalseNegative), "no labelled predictions");
            case PerformanceMetric.RocAuc:
                if (positives == 0 || negatives == 0)
                {
                    return PerformanceEstimate.Missing($"only one class among the labels ({(positives == 0 ? "no positive" : "no negative")}): ROC AUC is undefined") with { Positives = positives };
                }

                if (positives < 2 || negatives < 2)
                {
                    return new PerformanceEstimate(RocAuc.Of(scores, positive), null, "DeLong") { Positives = positives };
                }

                var auc = DeLongInterval.Of(scores, positive);
                return new PerformanceEstimate(auc.Auc, auc.Interval, "DeLong") { Positives = positives };
            case PerformanceMetric.AveragePrecision:
                var order = AveragePrecision.DescendingOrder(scores);
                return Bootstrapped(AveragePrecision.OfOrdered(scores, positive, default, order), w => AveragePrecision.OfOrdered(scores, positive, w, order), "no label is positive: average precision is undefined");
            case PerformanceMetric.LogLoss:
                return Bootstrapped(LogLoss.Of(scores, positive), w => LogLoss.Of(scores, positive, w), "no labelled predictions");
            case PerformanceMetric.Brier:
                return Bootstrapped(BrierScore.Of(scores, positive), w => BrierScore.Of(scores, positive, w), "no labelled predictions");
            case PerformanceMetric.ExpectedCalibrationError:
                var bins = monitor.Bins ?? ExpectedCalibrationError.DefaultBins;
                return Bootstrapped(ExpectedCalibrationError.Of(scores, positive, bins), w => ExpectedCalibrationError.Of(scores, positive, bins, w), "no labelled predictions");
            default:
                throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a classification metric.");
        }
    }

    private static PerformanceEstimate Regression(MonitorDefinition monitor, PerformanceMetric metric, double[] predicted, double[] actual)
    {
        PerformanceEstimate Bootstrapped(double value, Func<double[], double> statistic, string undefined) =>
            double.IsNaN(value) ? PerformanceEstimate.Missing(undefined) : new PerformanceEstimate(value, PercentileBootstrap.Interval(predicted.Length, statistic, Resamples(predicted.Length)), "bootstrap");

        switch (metric)
        {
            case PerformanceMetric.MeanAbsoluteError:
                return Bootstrapped(RegressionMetrics.MeanAbsoluteError(predicted, actual), w => RegressionMetrics.MeanAbsoluteError(predicted, actual, w), "no labelled predictions");
            case PerformanceMetric.RootMeanSquaredError:
                return Bootstrapped(RegressionMetrics.RootMeanSquaredError(predicted, actual), w => RegressionMetrics.RootMeanSquaredError(predicted, actual, w), "no labelled predictions");
            case PerformanceMetric.MeanAbsolutePercentageError:
                return Bootstrapped(RegressionMetrics.MeanAbsolutePercentageError(predicted, actual), w => RegressionMetrics.MeanAbsolutePercentageError(predicted, actual, w), "no labelled predictions");
            case PerformanceMetric.RSquared:
                return Bootstrapped(RegressionMetrics.RSquared(predicted, actual), w => RegressionMetrics.RSquared(predicted, actual, w), "fewer than two labelled predictions: R² is undefined");
            case PerformanceMetric.WithinTolerance:
                var tolerance = monitor.Tolerance ?? 0;
                var share = RegressionMetrics.ShareWithin(predicted, actual, tolerance);
                return new PerformanceEstimate(share, WilsonInterval.Of(Math.Round(share * predicted.Length), predicted.Length), "Wilson");
            default:
                throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a regression metric.");
        }
    }
}
