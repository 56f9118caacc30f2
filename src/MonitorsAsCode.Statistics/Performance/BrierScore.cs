namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The mean squared difference between predicted probabilities and binary labels, Σ wᵢ·(pᵢ − yᵢ)² / Σ wᵢ, as
/// <c>sklearn.metrics.brier_score_loss</c>: 0 is perfect, 0.25 is a constant 0.5.
/// </summary>
public static class BrierScore
{
    /// <summary>The Brier score of <paramref name="probabilities"/> for <paramref name="positive"/>; NaN with no rows.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or a probability is outside [0, 1].</exception>
    public static double Of(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> positive, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(probabilities.Length, positive.Length, weights.Length);
        PairArguments.ThrowIfNotProbability(probabilities, "The Brier score");
        double sum = 0, total = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var weight = PairArguments.Weight(weights, i);
            var error = probabilities[i] - (positive[i] ? 1 : 0);
            sum += weight * error * error;
            total += weight;
        }

        return PairArguments.Average(sum, total);
    }
}
