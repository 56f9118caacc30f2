namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// Errors of numeric predictions ŷ against actual values y, weighted by w (1 each when no weights are given), as
/// scikit-learn 1.2 defines them with <c>sample_weight</c>: <c>mean_absolute_error</c>, <c>mean_squared_error(squared=False)</c>,
/// <c>mean_absolute_percentage_error</c> and <c>r2_score</c>. Each returns NaN for no rows.
/// </summary>
public static class RegressionMetrics
{
    /// <summary>The floor of |y| in the percentage error, <c>numpy.finfo(numpy.float64).eps</c>, as scikit-learn uses.</summary>
    public const double PercentageFloor = 2.220446049250313e-16;

    /// <summary>Σ w·|y − ŷ| / Σ w.</summary>
    public static double MeanAbsoluteError(ReadOnlySpan<double> predicted, ReadOnlySpan<double> actual, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(predicted.Length, actual.Length, weights.Length);
        double sum = 0, total = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            sum += w * Math.Abs(actual[i] - predicted[i]);
            total += w;
        }

        return PairArguments.Average(sum, total);
    }

    /// <summary>√(Σ w·(y − ŷ)² / Σ w).</summary>
    public static double RootMeanSquaredError(ReadOnlySpan<double> predicted, ReadOnlySpan<double> actual, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(predicted.Length, actual.Length, weights.Length);
        double sum = 0, total = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            var error = actual[i] - predicted[i];
            sum += w * error * error;
            total += w;
        }

        return Math.Sqrt(PairArguments.Average(sum, total));
    }

    /// <summary>
    /// Σ w·|y − ŷ| / max(|y|, ε) / Σ w, a fraction (0.05 is 5%), as scikit-learn: an actual value of 0 makes the error
    /// enormous rather than infinite, which is why MAPE suits only values that stay away from 0.
    /// </summary>
    public static double MeanAbsolutePercentageError(ReadOnlySpan<double> predicted, ReadOnlySpan<double> actual, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(predicted.Length, actual.Length, weights.Length);
        double sum = 0, total = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            sum += w * Math.Abs(actual[i] - predicted[i]) / Math.Max(Math.Abs(actual[i]), PercentageFloor);
            total += w;
        }

        return PairArguments.Average(sum, total);
    }

    /// <summary>
    /// The coefficient of determination 1 − Σ w·(y − ŷ)² / Σ w·(y − ȳ)², ȳ the weighted mean of y. When every y is the
    /// same, scikit-learn's convention: 1 for perfect predictions, else 0. NaN for fewer than two rows, where scikit-learn
    /// warns that R² is not well-defined.
    /// </summary>
    public static double RSquared(ReadOnlySpan<double> predicted, ReadOnlySpan<double> actual, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(predicted.Length, actual.Length, weights.Length);
        if (actual.Length < 2)
        {
            return double.NaN;
        }

        double weightedActual = 0, total = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            weightedActual += w * actual[i];
            total += w;
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        var mean = weightedActual / total;
        double residual = 0, spread = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            var error = actual[i] - predicted[i];
            var deviation = actual[i] - mean;
            residual += w * error * error;
            spread += w * deviation * deviation;
        }

        if (spread == 0)
        {
            return residual == 0 ? 1 : 0;
        }

        return 1 - (residual / spread);
    }

    /// <summary>The weighted share of predictions within <paramref name="tolerance"/> of the actual value: |y − ŷ| ≤ tolerance.</summary>
    public static double ShareWithin(ReadOnlySpan<double> predicted, ReadOnlySpan<double> actual, double tolerance, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(predicted.Length, actual.Length, weights.Length);
        double within = 0, total = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            if (Math.Abs(actual[i] - predicted[i]) <= tolerance)
            {
                within += w;
            }

            total += w;
        }

        return PairArguments.Average(within, total);
    }
}
