namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The two-sample Kolmogorov–Smirnov test, two-sided, as <c>scipy.stats.ks_2samp(reference, current)</c>
/// computes it with its default <c>method='auto'</c> (scipy 1.10): the statistic
/// D = supₓ |F_reference(x) − F_current(x)| over the empirical distribution functions, each the share
/// of its sample at or below x (<c>searchsorted(..., side='right') / n</c>), so ties within and across
/// the samples are handled as scipy handles them.
/// </summary>
/// <remarks>
/// <para>
/// The p-value is exact when neither sample has more than <see cref="ExactSizeLimit"/> values: D is
/// snapped to h / lcm(n, m) for an integer h, and P(D ≥ h / lcm) is counted over the lattice paths
/// from (0, 0) to (n, m) (Hodges 1958). For n = m it is the alternating sum
/// 2·Σₖ (−1)^(k+1)·C(2n, n − k·h) / C(2n, n), evaluated as scipy's <c>_compute_prob_outside_square</c>
/// does; otherwise the share of paths that leave the band |x/n − y/m| &lt; h / lcm, computed directly
/// as a share (Viehmann 2021) as scipy's <c>_compute_outer_prob_inside_method</c> does.
/// </para>
/// <para>
/// Beyond that limit the p-value is scipy's asymptotic one: the one-sample distribution
/// P(D_N ≥ D) (<c>scipy.stats.kstwo.sf</c>) at N = round(n·m / (n + m)), rounding half to even.
/// The test assumes continuous data: with ties the p-value is conservative, as scipy's is.
/// </para>
/// </remarks>
/// <param name="Statistic">D, in [0, 1]; zero when both samples have the same distribution function.</param>
/// <param name="PValue">The two-sided p-value, in [0, 1].</param>
/// <param name="IsExact">Whether <see cref="PValue"/> is exact rather than asymptotic.</param>
public readonly record struct KolmogorovSmirnovTest(double Statistic, double PValue, bool IsExact)
{
    /// <summary>
    /// The largest sample size, 10 000, for which the p-value is computed exactly (scipy's
    /// <c>MAX_AUTO_N</c>: exact when max(n, m) ≤ 10 000).
    /// </summary>
    public const int ExactSizeLimit = 10_000;

    /// <summary>Runs the test on two samples, which need not be sorted.</summary>
    /// <exception cref="ArgumentException">Either sample is empty or holds a non-finite value.</exception>
    public static KolmogorovSmirnovTest Between(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");
        SampleArguments.ThrowIfEmptyOrNotFinite(current, nameof(current), "current");

        var sortedReference = reference.ToArray();
        var sortedCurrent = current.ToArray();
        Array.Sort(sortedReference);
        Array.Sort(sortedCurrent);

        var statistic = LargestDistance(sortedReference, sortedCurrent);
        int n1 = sortedReference.Length, n2 = sortedCurrent.Length;
        if (Math.Max(n1, n2) <= ExactSizeLimit)
        {
            var lcm = (long)(n1 / GreatestCommonDivisor(n1, n2)) * n2;
            var h = (long)Math.Round(statistic * lcm, MidpointRounding.ToEven);
            var snapped = h / (double)lcm;
            var p = ExactTwoSidedPValue(n1, n2, h);
            if (p is >= 0 and <= 1)
            {
                return new KolmogorovSmirnovTest(snapped, p, IsExact: true);
            }

            // Never seen for the two-sided test; scipy falls back to the asymptotic p-value here too.
            statistic = snapped;
        }

        return new KolmogorovSmirnovTest(statistic, AsymptoticPValue(n1, n2, statistic), IsExact: false);
    }

    /// <summary>
    /// P(D ≥ h / lcm(n1, n2)) for samples of sizes n1 and n2 from the same continuous distribution.
    /// </summary>
    internal static double ExactTwoSidedPValue(int n1, int n2, long h)
    {
        if (h == 0)
        {
            return 1.0;
        }

        return n1 == n2
            ? OutsideSquareProbability(n1, h)
            : OutsideBandProbability(n1, n2, GreatestCommonDivisor(n1, n2), h);
    }

    internal static double AsymptoticPValue(int n1, int n2, double statistic)
    {
        double larger = Math.Max(n1, n2), smaller = Math.Min(n1, n2);
        var effectiveSize = larger * smaller / (larger + smaller);
        return KolmogorovDistribution.TwoSidedSurvival((int)Math.Round(effectiveSize, MidpointRounding.ToEven), statistic);
    }

    // Between consecutive distinct values both distribution functions are constant, so the
    // supremum is reached at one of the values; the differences are formed as scipy forms them.
    private static double LargestDistance(double[] u, double[] v)
    {
        var i = 0;
        var j = 0;
        var largest = 0.0;
        var smallest = 0.0;
        while (i < u.Length || j < v.Length)
        {
            var x = i == u.Length ? v[j] : j == v.Length ? u[i] : Math.Min(u[i], v[j]);
            while (i < u.Length && u[i] <= x)
            {
                i++;
            }

            while (j < v.Length && v[j] <= x)
            {
                j++;
            }

            var difference = ((double)i / u.Length) - ((double)j / v.Length);
            largest = Math.Max(largest, difference);
            smallest = Math.Min(smallest, difference);
        }

        return Math.Min(Math.Max(largest, -smallest), 1.0);
    }

    // P(D_{n,n} ≥ h/n) = 2·(A₁ − A₁A₂ + A₁A₂A₃ − …) with Aₖ·… = C(2n, n − k·h) / C(2n, n),
    // each ratio a product of h factors, nested Horner-fashion to avoid the cancellation.
    private static double OutsideSquareProbability(int n, long h)
    {
        var p = 0.0;
        for (var k = n / h; k >= 0; k--)
        {
            var ratio = 1.0;
            for (long j = 0; j < h; j++)
            {
                ratio = (n - (k * h) - j) * ratio / (n + (k * h) + j + 1);
            }

            p = ratio * (1.0 - p);
        }

        return 2 * p;
    }

    // The share of monotone lattice paths from (0, 0) to (m, n) that touch |n·x − m·y| / g ≥ h.
    // crossed[y] holds, for the current column x, the share of paths to (x, y) that have already
    // touched the boundary: 1 outside the band, and inside it the weighted mean of the two
    // predecessors, (x·crossed(x − 1, y) + y·crossed(x, y − 1)) / (x + y), because
    // C(x + y − 1, y) / C(x + y, y) = x / (x + y). The band only moves up as x grows, so one array,
    // updated in place and left at 1 above the band, holds every column.
    private static double OutsideBandProbability(long m, long n, long g, long h)
    {
        if (m < n)
        {
            (m, n) = (n, m);
        }

        var mg = m / g;
        var ng = n / g;
        var crossed = new double[n + 1];
        Array.Fill(crossed, 1.0);
        var top = Math.Min(CeilingDivide(h, mg), n + 1);
        Array.Fill(crossed, 0.0, 0, (int)top);

        for (long x = 1; x <= m; x++)
        {
            var bottom = Math.Min(Math.Max(FloorDivide((ng * x) - h, mg) + 1, 0), n);
            top = Math.Min(CeilingDivide((ng * x) + h, mg), n + 1);
            if (top <= bottom)
            {
                return 1.0;
            }

            double value = bottom == 0 ? 0.0 : 1.0;
            for (var y = bottom; y < top; y++)
            {
                value = ((crossed[y] * x) + (value * y)) / (x + y);
                crossed[y] = value;
            }
        }

        return crossed[n];
    }

    private static long FloorDivide(long numerator, long denominator)
    {
        var quotient = numerator / denominator;
        return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient;
    }

    private static long CeilingDivide(long numerator, long denominator) => -FloorDivide(-numerator, denominator);

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
