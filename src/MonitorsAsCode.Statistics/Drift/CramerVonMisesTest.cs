using MathNet.Numerics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The two-sample Cramér–von Mises test, as <c>scipy.stats.cramervonmises_2samp(reference, current)</c>
/// computes it with its default <c>method='auto'</c> (scipy 1.10). With n and m values, rᵢ the ranks of
/// the sorted reference and sⱼ those of the sorted current in the pooled sample (midranks for ties),
/// U = n·Σᵢ (rᵢ − i)² + m·Σⱼ (sⱼ − j)² and the statistic is T = U / (n·m·(n + m)) − (4·n·m − 1) / (6·(n + m))
/// (Anderson 1962, equations 9 and 10).
/// </summary>
/// <remarks>
/// The p-value is exact when neither sample has more than <see cref="ExactSizeLimit"/> values: the
/// share of the C(n + m, n) equally likely rank assignments with a statistic at least U, counted with
/// the recursion of Xiao, Gordon &amp; Yakovlev (2006). Otherwise T is standardised to
/// Tₙ = 1/6 + (T − E T) / √(45·Var T) with Anderson's mean and variance, and the p-value is
/// 1 − V(Tₙ), V the limiting distribution of the one-sample statistic (Csörgő &amp; Faraway 1996,
/// equation 1.2), its series summed until a term is below 1e-7 as scipy does; Tₙ &lt; 0.003 gives 1.
/// Both assume continuous data; with ties the statistic uses midranks and the p-value is scipy's.
/// </remarks>
/// <param name="Statistic">T; small when the samples are alike.</param>
/// <param name="PValue">The p-value, in [0, 1].</param>
/// <param name="IsExact">Whether <see cref="PValue"/> is exact rather than asymptotic.</param>
public readonly record struct CramerVonMisesTest(double Statistic, double PValue, bool IsExact)
{
    /// <summary>
    /// The largest sample size, 20, for which the p-value is computed exactly (scipy: exact when
    /// max(n, m) ≤ 20).
    /// </summary>
    public const int ExactSizeLimit = 20;

    private const double SeriesTolerance = 1e-7;

    /// <summary>Runs the test on two samples, which need not be sorted.</summary>
    /// <exception cref="ArgumentException">
    /// Either sample holds fewer than two values (scipy raises too) or a non-finite value.
    /// </exception>
    public static CramerVonMisesTest Between(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        ThrowIfFewerThanTwo(reference, nameof(reference), "reference");
        ThrowIfFewerThanTwo(current, nameof(current), "current");

        var sortedReference = reference.ToArray();
        var sortedCurrent = current.ToArray();
        Array.Sort(sortedReference);
        Array.Sort(sortedCurrent);

        long nx = sortedReference.Length, ny = sortedCurrent.Length;
        var fourU = FourTimesRankStatistic(sortedReference, sortedCurrent);
        var u = (double)fourU / 4;
        long k = nx * ny, total = nx + ny;

        // T = U/(kN) − (4k − 1)/(6N) subtracts two numbers near (2/3)·min(n, m) to leave one near 1/6: at a
        // million values a side, rounding U first would lose six digits. (6U − k(4k − 1)) / (6kN), from the
        // exact integer 4U, is rounded once at the end instead.
        var numerator = (6 * fourU) - ((Int128)4 * k * ((4 * (Int128)k) - 1));
        var statistic = (double)numerator / (24.0 * k * total);

        if (Math.Max(nx, ny) <= ExactSizeLimit)
        {
            return new CramerVonMisesTest(statistic, ExactPValue(u, (int)nx, (int)ny), IsExact: true);
        }

        var mean = (1 + (1.0 / total)) / 6;
        var variance = (total + 1.0) * ((4.0 * k * total) - (3.0 * ((nx * nx) + (ny * ny))) - (2.0 * k))
            / (45.0 * total * total * 4.0 * k);
        var standardised = (1.0 / 6) + ((statistic - mean) / Math.Sqrt(45 * variance));
        var p = standardised < 0.003 ? 1.0 : Math.Max(0, 1.0 - LimitingDistribution(standardised));
        return new CramerVonMisesTest(statistic, p, IsExact: false);
    }

    /// <summary>
    /// V(x), the limiting distribution of the one-sample statistic:
    /// Σₖ Γ(k + ½) / (Γ(k + 1)·π^(3/2)·√x) · √(4k + 1) · e^(−q) · K¼(q), q = (4k + 1)² / (16x).
    /// </summary>
    internal static double LimitingDistribution(double x)
    {
        var sum = 0.0;
        for (var k = 0; ; k++)
        {
            var y = (4.0 * k) + 1;
            var q = y * y / (16 * x);
            var scale = Math.Exp(SpecialFunctions.GammaLn(k + 0.5) - SpecialFunctions.GammaLn(k + 1.0))
                / (Math.Pow(Math.PI, 1.5) * Math.Sqrt(x));
            var besselK = q > 700 ? 0.0 : SpecialFunctions.BesselK(0.25, q);
            var term = scale * Math.Sqrt(y) * Math.Exp(-q) * besselK;
            sum += term;
            if (Math.Abs(term) < SeriesTolerance)
            {
                return sum;
            }
        }
    }

    // 4U, U = n·Σᵢ (rᵢ − i)² + m·Σⱼ (sⱼ − j)², ranks 1-based, a run of t tied values sharing the midrank.
    // Midranks are multiples of ½, so the doubled deviations are integers and 4U is summed exactly.
    private static Int128 FourTimesRankStatistic(double[] x, double[] y)
    {
        Int128 xSum = 0;
        Int128 ySum = 0;
        int i = 0, j = 0;
        while (i < x.Length || j < y.Length)
        {
            var z = i == x.Length ? y[j] : j == y.Length ? x[i] : Math.Min(x[i], y[j]);
            int iStart = i, jStart = j;
            while (i < x.Length && x[i] == z)
            {
                i++;
            }

            while (j < y.Length && y[j] == z)
            {
                j++;
            }

            // 2·midrank = 2·below + t + 1 for a run of t ties above `below` smaller values.
            var doubledMidrank = (2L * (iStart + jStart)) + (i - iStart) + (j - jStart) + 1;
            for (var r = iStart; r < i; r++)
            {
                var deviation = doubledMidrank - (2L * (r + 1));
                xSum += deviation * deviation;
            }

            for (var r = jStart; r < j; r++)
            {
                var deviation = doubledMidrank - (2L * (r + 1));
                ySum += deviation * deviation;
            }
        }

        return (x.Length * xSum) + (y.Length * ySum);
    }

    // Xiao, Gordon & Yakovlev (2006): with L = lcm(m, n), a = L/m and b = L/n, the statistic of a rank
    // assignment is, up to an affine map, ζ = Σ (a·v − b·u)² over the lattice path from (0, 0) to
    // (n, m) that the assignment traces. The frequencies of ζ at each point (u, v) are those of its two
    // predecessors merged, shifted by (a·v − b·u)²; U maps to ζ₀ = ⌊L²(m + n)(6U − mn(4mn − 1)) / (6m²n²)⌋.
    private static double ExactPValue(double u, int m, int n)
    {
        long lcm = (long)m / GreatestCommonDivisor(m, n) * n;
        long a = lcm / m, b = lcm / n, mn = (long)m * n;

        // U is a multiple of 1/4 (squared midrank deviations), so 4U is an integer and ζ₀ exact.
        var fourU = (long)Math.Round(4 * u);
        var threshold = FloorDivide(
            (Int128)lcm * lcm * (m + n) * ((6 * fourU) - (4 * mn * ((4 * mn) - 1))),
            (Int128)24 * mn * mn);

        // column[v] holds the distinct values of ζ at (u, v) in ascending order and their frequencies.
        var values = new long[m + 1][];
        var frequencies = new long[m + 1][];
        values[0] = [0];
        frequencies[0] = [1];
        for (var v = 1; v <= m; v++)
        {
            values[v] = [];
            frequencies[v] = [];
        }

        for (var column = 0; column <= n; column++)
        {
            long[] runningValues = [];
            long[] runningFrequencies = [];
            for (var v = 0; v <= m; v++)
            {
                (runningValues, runningFrequencies) = Merge(runningValues, runningFrequencies, values[v], frequencies[v]);
                var shift = (a * v) - (b * column);
                shift *= shift;
                for (var i = 0; i < runningValues.Length; i++)
                {
                    runningValues[i] += shift;
                }

                values[v] = runningValues;
                frequencies[v] = runningFrequencies;
            }
        }

        // The frequencies at (n, m) count every path once: C(m + n, m) in all.
        long atLeast = 0, paths = 0;
        for (var i = 0; i < values[m].Length; i++)
        {
            paths += frequencies[m][i];
            if (values[m][i] >= threshold)
            {
                atLeast += frequencies[m][i];
            }
        }

        return (double)atLeast / paths;
    }

    private static (long[] Values, long[] Frequencies) Merge(long[] leftValues, long[] leftFrequencies, long[] rightValues, long[] rightFrequencies)
    {
        var values = new long[leftValues.Length + rightValues.Length];
        var frequencies = new long[values.Length];
        int l = 0, r = 0, count = 0;
        while (l < leftValues.Length || r < rightValues.Length)
        {
            if (r == rightValues.Length || (l < leftValues.Length && leftValues[l] < rightValues[r]))
            {
                values[count] = leftValues[l];
                frequencies[count++] = leftFrequencies[l++];
            }
            else if (l == leftValues.Length || rightValues[r] < leftValues[l])
            {
                values[count] = rightValues[r];
                frequencies[count++] = rightFrequencies[r++];
            }
            else
            {
                values[count] = leftValues[l];
                frequencies[count++] = leftFrequencies[l++] + rightFrequencies[r++];
            }
        }

        return (values[..count], frequencies[..count]);
    }

    private static Int128 FloorDivide(Int128 numerator, Int128 denominator)
    {
        var quotient = numerator / denominator;
        return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient;
    }

    private static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static void ThrowIfFewerThanTwo(ReadOnlySpan<double> sample, string parameterName, string description)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(sample, parameterName, description);
        if (sample.Length < 2)
        {
            throw new ArgumentException(
                $"The {description} sample has a single value; the Cramér-von Mises test needs at least two on each side.",
                parameterName);
        }
    }
}
