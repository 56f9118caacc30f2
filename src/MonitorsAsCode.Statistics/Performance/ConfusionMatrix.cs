namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// Binary outcomes at an operating threshold: a score at or above the threshold predicts the positive class. Counts are
/// sums of weights (1 per row unless a bootstrap resample weighs rows by how often it drew them), so one matrix serves
/// accuracy, precision, recall, F1 and a cost per prediction, as <c>sklearn.metrics.confusion_matrix</c> with
/// <c>sample_weight</c> counts them. A matrix adds rows in one pass and merges with another, so chunks add up.
/// </summary>
/// <param name="TruePositives">Positives predicted positive.</param>
/// <param name="FalsePositives">Negatives predicted positive.</param>
/// <param name="TrueNegatives">Negatives predicted negative.</param>
/// <param name="FalseNegatives">Positives predicted negative.</param>
public readonly record struct ConfusionMatrix(double TruePositives, double FalsePositives, double TrueNegatives, double FalseNegatives)
{
    /// <summary>Every counted row (or weight).</summary>
    public double Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Rows predicted positive.</summary>
    public double PredictedPositives => TruePositives + FalsePositives;

    /// <summary>Rows whose label is positive.</summary>
    public double ActualPositives => TruePositives + FalseNegatives;

    /// <summary>(TP + TN) / total; NaN with no rows.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>TP / (TP + FP); NaN when nothing is predicted positive (scikit-learn reports 0 with a warning).</summary>
    public double Precision => Ratio(TruePositives, PredictedPositives);

    /// <summary>TP / (TP + FN); NaN when no label is positive (scikit-learn reports 0 with a warning).</summary>
    public double Recall => Ratio(TruePositives, ActualPositives);

    /// <summary>2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; NaN when there is no positive at all.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>
    /// The mean cost per prediction, (FP·<paramref name="falsePositiveCost"/> + FN·<paramref name="falseNegativeCost"/>) / total:
    /// what the errors cost when a missed fraud costs more than a blocked customer. NaN with no rows.
    /// </summary>
    public double CostPerPrediction(double falsePositiveCost, double falseNegativeCost) =>
        Ratio((FalsePositives * falsePositiveCost) + (FalseNegatives * falseNegativeCost), Total);

    /// <summary>The matrix of <paramref name="scores"/> against <paramref name="positive"/> at <paramref name="threshold"/>, weighted by <paramref name="weights"/> (empty: 1 each).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static ConfusionMatrix Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, double threshold, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(scores.Length, positive.Length, weights.Length);
        double tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var weight = weights.IsEmpty ? 1 : weights[i];
            var predicted = scores[i] >= threshold;
            if (positive[i])
            {
                if (predicted)
                {
                    tp += weight;
                }
                else
                {
                    fn += weight;
                }
            }
            else if (predicted)
            {
                fp += weight;
            }
            else
            {
                tn += weight;
            }
        }

        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /// <summary>The matrix of two disjoint sets of rows together.</summary>
    public ConfusionMatrix Merge(ConfusionMatrix other) =>
        new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, TrueNegatives + other.TrueNegatives, FalseNegatives + other.FalseNegatives);

    private static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
