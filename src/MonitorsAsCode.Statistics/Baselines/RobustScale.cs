using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// Median-based location and spread, robust to the very outliers a baseline looks for: the median, the median
/// absolute deviation (MAD) and the MAD scaled by 1.4826 so that it estimates the standard deviation of normal data
/// (Rousseeuw &amp; Croux 1993; <c>scipy.stats.median_abs_deviation(x, scale='normal')</c> up to 1.4826 ≈ 1/Φ⁻¹(3/4)).
/// Medians are numpy's <c>np.median</c> (the mean of the two middle values for an even count).
/// </summary>
/// <remarks>
/// Zero-MAD rule: when more than half of the values are equal the MAD is 0, and a z-score over it would call every
/// other value infinitely far. The spread then falls back to the mean absolute deviation around the median scaled by
/// √(π/2) ≈ 1.2533 (which also estimates the standard deviation of normal data; Iglewicz &amp; Hoaglin's modified
/// z-score uses the same fallback). Only when every value is equal is the spread 0 (see
/// <see cref="BaselineEstimate.Deviation"/>).
/// </remarks>
public static class RobustScale
{
    /// <summary>1 / Φ⁻¹(3/4): scales a MAD to a standard deviation for normal data.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>√(π/2): scales a mean absolute deviation to a standard deviation for normal data (the zero-MAD fallback).</summary>
    public const double MeanDeviationToSigma = 1.2533141373155;

    /// <summary>The median of <paramref name="values"/>, as <c>np.median</c>.</summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value.</exception>
    public static double Median(ReadOnlySpan<double> values) => LinearQuantiles.Of(values, [0.5])[0];

    /// <summary>The median absolute deviation from the median, unscaled.</summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value.</exception>
    public static double MedianAbsoluteDeviation(ReadOnlySpan<double> values)
    {
        var median = Median(values);
        return Median(AbsoluteDeviations(values, median));
    }

    /// <summary>
    /// The median and the robust spread: 1.4826·MAD, or, when the MAD is 0, 1.2533·(mean absolute deviation from the
    /// median) — 0 only when all values are equal.
    /// </summary>
    /// <exception cref="ArgumentException">The values are empty or hold a non-finite value.</exception>
    public static BaselineEstimate Of(ReadOnlySpan<double> values)
    {
        var median = Median(values);
        var deviations = AbsoluteDeviations(values, median);
        var mad = Median(deviations);
        if (mad > 0)
        {
            return new BaselineEstimate(median, MadToSigma * mad);
        }

        var sum = 0.0;
        foreach (var deviation in deviations)
        {
            sum += deviation;
        }

        return new BaselineEstimate(median, MeanDeviationToSigma * (sum / deviations.Length));
    }

    private static double[] AbsoluteDeviations(ReadOnlySpan<double> values, double center)
    {
        var deviations = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            deviations[i] = Math.Abs(values[i] - center);
        }

        return deviations;
    }
}
