using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// The rolling-quantile baseline: the median of the last windows as the expected value, and the spread of their middle
/// half as the typical deviation, (Q₃ − Q₁) / 1.349 (the interquartile range of normal data is 1.349 σ). Quantiles are
/// numpy's default <c>np.quantile(values, q)</c> (<c>method='linear'</c>). The band at k is then
/// median ± k·IQR/1.349; it reads as "the middle of the recent values, widened by k quarter-spreads".
/// </summary>
/// <remarks>
/// When the quartiles coincide (more than half of the values equal) the spread falls back as in
/// <see cref="RobustScale"/>: the mean absolute deviation from the median times √(π/2).
/// </remarks>
public static class RollingQuantileBand
{
    /// <summary>Φ⁻¹(3/4) − Φ⁻¹(1/4): the interquartile range of a standard normal distribution.</summary>
    public const double IqrToSigma = 1.3489795003921634;

    /// <summary>The quantiles of <paramref name="values"/> at <paramref name="levels"/>, as <c>np.quantile(values, levels)</c>.</summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value, or a level is outside [0, 1].</exception>
    public static double[] Quantiles(ReadOnlySpan<double> values, ReadOnlySpan<double> levels) => LinearQuantiles.Of(values, levels);

    /// <summary>The median of <paramref name="values"/> and their spread IQR / 1.349 (see the remarks for a zero IQR).</summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value.</exception>
    public static BaselineEstimate Of(ReadOnlySpan<double> values)
    {
        var quartiles = LinearQuantiles.Of(values, [0.25, 0.5, 0.75]);
        var iqr = quartiles[2] - quartiles[0];
        return iqr > 0
            ? new BaselineEstimate(quartiles[1], iqr / IqrToSigma)
            : RobustScale.Of(values) with { Expected = quartiles[1] };
    }
}
