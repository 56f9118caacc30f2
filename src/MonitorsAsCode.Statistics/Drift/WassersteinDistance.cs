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

        var sortedReference = reference.ToArray();
        var sortedCurrent = current.ToArray();
        Array.Sort(sortedReference);
        Array.Sort(sortedCurrent);

        return new WassersteinDistance(
            AreaBetweenDistributionFunctions(sortedReference, sortedCurrent),
            PopulationSpread.StandardDeviation(sortedReference));
    }

    // Walks the merged order of both samples. Between consecutive distinct values x < x′ each
    // distribution function is constant: the share of its sample at or below x (scipy's
    // searchsorted(..., 'right') / n), so the area adds |F_u − F_v|·(x′ − x).
    private static double AreaBetweenDistributionFunctions(double[] u, double[] v)
    {
        var i = 0;
        var j = 0;
        var area = 0.0;
        var x = Math.Min(u[0], v[0]);
        while (true)
        {
            while (i < u.Length && u[i] <= x)
            {
                i++;
            }

            while (j < v.Length && v[j] <= x)
            {
                j++;
            }

            if (i == u.Length && j == v.Length)
            {
                return area;
            }

            var next = i == u.Length ? v[j] : j == v.Length ? u[i] : Math.Min(u[i], v[j]);
            area += Math.Abs(((double)i / u.Length) - ((double)j / v.Length)) * (next - x);
            x = next;
        }
    }
}
