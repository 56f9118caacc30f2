namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The first Wasserstein (earth mover's) distance between two one-dimensional unweighted samples,
/// W = ∫ |F_reference(x) − F_current(x)| dx over the empirical distribution functions, as
/// <c>scipy.stats.wasserstein_distance(reference, current)</c> computes it; with the reference's
/// population standard deviation, to put the distance in units of the reference's spread.
/// </summary>
/// <param name="Value">The distance, in the column's own units; zero for identical samples.</param>
/// <param name="ReferenceStandardDeviation">
/// The population standard deviation (ddof = 0, <c>np.std(reference)</c>) of the reference.
/// </param>
public readonly record struct WassersteinDistance(double Value, double ReferenceStandardDeviation)
{
    /// <summary>
    /// The smallest spread <see cref="Normed"/> divides by, 0.001, so a constant reference does not
    /// make any movement infinite.
    /// </summary>
    public const double MinimumScale = 0.001;

    /// <summary>
    /// The distance in units of the reference's spread:
    /// <see cref="Value"/> / max(<see cref="ReferenceStandardDeviation"/>, <see cref="MinimumScale"/>).
    /// </summary>
    public double Normed => Value / Math.Max(ReferenceStandardDeviation, MinimumScale);

    /// <summary>
    /// Computes the distance between two samples, which need not be sorted (sorted copies are merged).
    /// </summary>
    /// <exception cref="ArgumentException">Either sample is empty or holds a non-finite value.</exception>
    public static WassersteinDistance Between(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");
        SampleArguments.ThrowIfEmptyOrNotFinite(current, nameof(current), "current");

        var sortedReference = EmpiricalDistributionGap.Sorted(reference);
        var sortedCurrent = EmpiricalDistributionGap.Sorted(current);

        return new WassersteinDistance(
            EmpiricalDistributionGap.Area(sortedReference, sortedCurrent),
            PopulationSpread.StandardDeviation(sortedReference));
    }
}
