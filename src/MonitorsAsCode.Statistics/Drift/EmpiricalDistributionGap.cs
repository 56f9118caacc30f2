namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The integral over x of |F_u(x) − F_v(x)|^p for the empirical distribution functions of two sorted samples, as
/// <c>scipy.stats._cdf_distance</c> computes it: p = 1 is the Wasserstein-1 distance, p = 2 the integral inside the
/// energy distance. One walk serves both.
/// </summary>
internal static class EmpiricalDistributionGap
{
    /// <summary>A sorted copy of <paramref name="sample"/>.</summary>
    public static double[] Sorted(ReadOnlySpan<double> sample)
    {
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>∫ |F_u − F_v| dx of sorted, non-empty samples.</summary>
    public static double Area(double[] u, double[] v) => Integral(u, v, squared: false);

    /// <summary>∫ (F_u − F_v)² dx of sorted, non-empty samples.</summary>
    public static double SquaredArea(double[] u, double[] v) => Integral(u, v, squared: true);

    // Walks the merged order of both samples. Between consecutive distinct values x < x′ each
    // distribution function is constant: the share of its sample at or below x (scipy's
    // searchsorted(..., 'right') / n), so the integral adds |F_u − F_v|^p·(x′ − x).
    private static double Integral(double[] u, double[] v, bool squared)
    {
        var i = 0;
        var j = 0;
        var integral = 0.0;
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
                return integral;
            }

            var next = i == u.Length ? v[j] : j == v.Length ? u[i] : Math.Min(u[i], v[j]);
            var difference = ((double)i / u.Length) - ((double)j / v.Length);
            var gap = squared ? difference * difference : Math.Abs(difference);
            integral += gap * (next - x);
            x = next;
        }
    }
}
