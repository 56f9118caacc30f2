namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The expected calibration error over equal-width probability bins (Naeini, Cooper &amp; Hauskrecht 2015; Guo et al. 2017):
/// Σ_b (W_b / W)·|ȳ_b − p̄_b|, where bin b holds the rows whose probability falls in it, W_b their weight, ȳ_b the share of
/// them that are positive and p̄_b their mean probability; empty bins count nothing. The bins are those of
/// <c>sklearn.calibration.calibration_curve(strategy='uniform')</c>: edges at i/bins, a probability on an inner edge in
/// the lower bin (<c>numpy.searchsorted(edges[1:-1], p)</c>), 1 in the last.
/// </summary>
public static class ExpectedCalibrationError
{
    /// <summary>The default number of bins.</summary>
    public const int DefaultBins = 10;

    /// <summary>The ECE of <paramref name="probabilities"/> for <paramref name="positive"/> over <paramref name="bins"/> bins; NaN with no rows.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, a probability is outside [0, 1], or there are fewer than 1 bin.</exception>
    public static double Of(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> positive, int bins = DefaultBins, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(probabilities.Length, positive.Length, weights.Length);
        PairArguments.ThrowIfNotProbability(probabilities, "The expected calibration error");
        if (bins < 1)
        {
            throw new ArgumentException("Calibration needs at least one bin.", nameof(bins));
        }

        var weight = new double[bins];
        var positives = new double[bins];
        var probability = new double[bins];
        double total = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var w = PairArguments.Weight(weights, i);
            var bin = BinOf(probabilities[i], bins);
            weight[bin] += w;
            probability[bin] += w * probabilities[i];
            if (positive[i])
            {
                positives[bin] += w;
            }

            total += w;
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        double error = 0;
        for (var b = 0; b < bins; b++)
        {
            if (weight[b] > 0)
            {
                error += Math.Abs(positives[b] - probability[b]) / total;
            }
        }

        return error;
    }

    /// <summary>The bin of <paramref name="probability"/>: the number of inner edges i/bins strictly below it.</summary>
    internal static int BinOf(double probability, int bins)
    {
        // The edges as numpy.linspace(0, 1, bins + 1) computes them, so a value on an edge lands where numpy puts it.
        var bin = (int)Math.Min(Math.Floor(probability * bins), bins - 1);
        while (bin > 0 && probability <= Edge(bin, bins))
        {
            bin--;
        }

        while (bin < bins - 1 && probability > Edge(bin + 1, bins))
        {
            bin++;
        }

        return bin;
    }

    private static double Edge(int index, int bins) => index * (1.0 / bins);
}
