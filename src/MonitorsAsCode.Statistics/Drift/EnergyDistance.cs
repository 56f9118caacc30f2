namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The energy distance between two one-dimensional unweighted samples, as
/// <c>scipy.stats.energy_distance(reference, current)</c> computes it:
/// E = √(2·∫ (F_reference(x) − F_current(x))² dx) over the empirical distribution functions, which
/// equals √(2·E|X − Y| − E|X − X′| − E|Y − Y′|) (Székely &amp; Rizzo); with the reference's population
/// standard deviation, to make the distance scale-free as <see cref="WassersteinDistance"/>'s normed value is.
/// </summary>
/// <remarks>
/// Computed from the integral over sorted copies of the samples, in O((n + m)·log(n + m)) time, not
/// from the O(n·m) pairwise differences, so samples of millions of values are fine.
/// </remarks>
/// <param name="Value">The distance, in the square root of the column's units; zero for identical samples.</param>
/// <param name="ReferenceStandardDeviation">
/// The population standard deviation (ddof = 0, <c>np.std(reference)</c>) of the reference.
/// </param>
public readonly record struct EnergyDistance(double Value, double ReferenceStandardDeviation)
{
    /// <summary>
    /// The smallest spread <see cref="Normed"/> divides by, 0.001, so a constant reference does not
    /// make any movement infinite.
    /// </summary>
    public const double MinimumScale = 0.001;

    /// <summary>
    /// The scale-free distance:
    /// <see cref="Value"/> / √max(<see cref="ReferenceStandardDeviation"/>, <see cref="MinimumScale"/>).
    /// </summary>
    /// <remarks>
    /// Multiplying both samples by c multiplies every E|·| above by c, so the energy distance grows with √c
    /// (it is in the square root of the column's units), and the standard deviation with c. Dividing by the
    /// standard deviation itself, as for Wasserstein, would leave a ratio that shrinks as 1/√c when the
    /// units change (metres to millimetres: 1/√1000); dividing by its square root leaves one that does not
    /// change at all. For a small shift δ of a normal column it is about δ/σ·π^(−1/4) ≈ 0.75·δ/σ, so it
    /// reads on the same footing as the normed Wasserstein distance (δ/σ) and shares its default thresholds.
    /// </remarks>
    public double Normed => Value / Math.Sqrt(Math.Max(ReferenceStandardDeviation, MinimumScale));

    /// <summary>
    /// Computes the distance between two samples, which need not be sorted (sorted copies are merged).
    /// </summary>
    /// <exception cref="ArgumentException">Either sample is empty or holds a non-finite value.</exception>
    public static EnergyDistance Between(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");
        SampleArguments.ThrowIfEmptyOrNotFinite(current, nameof(current), "current");

        var sortedReference = EmpiricalDistributionGap.Sorted(reference);
        var sortedCurrent = EmpiricalDistributionGap.Sorted(current);

        var integral = EmpiricalDistributionGap.SquaredArea(sortedReference, sortedCurrent);
        return new EnergyDistance(
            Math.Sqrt(2) * Math.Sqrt(integral),
            PopulationSpread.StandardDeviation(sortedReference));
    }
}
