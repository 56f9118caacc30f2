namespace MonitorsAsCode.Statistics.Performance;

/// <summary>Checks shared by the metrics of (prediction, label) pairs.</summary>
internal static class PairArguments
{
    public static void ThrowIfMismatched(int predictions, int labels, int weights)
    {
        if (predictions != labels)
        {
            throw new ArgumentException("Every prediction needs its label.", nameof(labels));
        }

        if (weights != 0 && weights != predictions)
        {
            throw new ArgumentException("Weights, when given, need one per prediction.", nameof(weights));
        }
    }

    public static double Weight(ReadOnlySpan<double> weights, int i) => weights.IsEmpty ? 1 : weights[i];

    /// <summary>Σ wᵢ·xᵢ / Σ wᵢ, as <c>numpy.average(x, weights=w)</c>; NaN when the weights sum to 0.</summary>
    public static double Average(double weightedSum, double totalWeight) => totalWeight > 0 ? weightedSum / totalWeight : double.NaN;

    public static void ThrowIfNotProbability(ReadOnlySpan<double> scores, string metric)
    {
        foreach (var score in scores)
        {
            if (!(score >= 0 && score <= 1))
            {
                throw new ArgumentException($"{metric} needs probabilities within [0, 1]; got {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(scores));
            }
        }
    }
}
