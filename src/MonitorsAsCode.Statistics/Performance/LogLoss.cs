namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The mean negative log-likelihood of binary labels under predicted probabilities,
/// −Σ wᵢ·(yᵢ·ln pᵢ + (1 − yᵢ)·ln(1 − pᵢ)) / Σ wᵢ, with each p clipped to [ε, 1 − ε] (ε the double machine epsilon,
/// 2.22e-16) so a confident miss costs about 36 rather than infinity, as <c>sklearn.metrics.log_loss</c>
/// (<c>eps='auto'</c>, scikit-learn 1.2) computes it for float64 scores.
/// </summary>
public static class LogLoss
{
    /// <summary>The clipping bound ε: <c>numpy.finfo(numpy.float64).eps</c>.</summary>
    public const double Epsilon = 2.220446049250313e-16;

    /// <summary>The log loss of <paramref name="probabilities"/> for <paramref name="positive"/>; NaN with no rows.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or a probability is outside [0, 1].</exception>
    public static double Of(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> positive, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(probabilities.Length, positive.Length, weights.Length);
        PairArguments.ThrowIfNotProbability(probabilities, "Log loss");
        double sum = 0, total = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var weight = PairArguments.Weight(weights, i);
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= weight * (positive[i] ? Math.Log(p) : Math.Log(1 - p));
            total += weight;
        }

        return PairArguments.Average(sum, total);
    }
}
