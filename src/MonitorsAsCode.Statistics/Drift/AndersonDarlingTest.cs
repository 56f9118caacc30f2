using MathNet.Numerics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The k-sample Anderson–Darling test of Scholz &amp; Stephens (1987) for k = 2, as
/// <c>scipy.stats.anderson_ksamp([reference, current])</c> computes it (scipy 1.10, <c>midrank=True</c>,
/// the version for data with ties): the midrank statistic A²akN of their equation 7, standardised to
/// T = (A²akN − (k − 1)) / σ with σ² their finite-sample variance, and a significance level read off
/// their table of critical values.
/// </summary>
/// <remarks>
/// The significance level is not a p-value from a distribution: as scipy does, a quadratic is fitted
/// by least squares to ln(level) against the critical values for the levels 0.25, 0.1, 0.05, 0.025,
/// 0.01, 0.005 and 0.001, and evaluated at T; a statistic below the smallest critical value is
/// reported as <see cref="LargestPValue"/> (capped), and one above the largest as
/// <see cref="SmallestPValue"/> (floored).
/// </remarks>
/// <param name="Statistic">T, the standardised statistic; below zero for samples closer than expected.</param>
/// <param name="PValue">The significance level, in [0.001, 0.25].</param>
public readonly record struct AndersonDarlingTest(double Statistic, double PValue)
{
    /// <summary>The level reported for any statistic below the table, 0.25 (scipy's cap).</summary>
    public const double LargestPValue = 0.25;

    /// <summary>The level reported for any statistic beyond the table, 0.001 (scipy's floor).</summary>
    public const double SmallestPValue = 0.001;

    private static readonly double[] SignificanceLevels = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

    // Critical values b₀ + b₁/√m + b₂/m of Scholz & Stephens' table 2, for m = k − 1 = 1.
    private static readonly double[] CriticalValues =
    [
        0.675 - 0.245 - 0.105,
        1.281 + 0.25 - 0.305,
        1.645 + 0.678 - 0.362,
        1.96 + 1.149 - 0.391,
        2.326 + 1.822 - 0.396,
        2.573 + 2.364 - 0.345,
        3.085 + 3.615 - 0.154,
    ];

    private static readonly double[] LogLevelFit = FitLogLevels();

    /// <summary>Runs the test on two samples, which need not be sorted.</summary>
    /// <exception cref="ArgumentException">
    /// Either sample is empty or holds a non-finite value, the samples hold fewer than four values
    /// together (σ² is undefined), or every value is the same (scipy raises for both too).
    /// </exception>
    public static AndersonDarlingTest Between(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");
        SampleArguments.ThrowIfEmptyOrNotFinite(current, nameof(current), "current");
        if (reference.Length + current.Length < 4)
        {
            throw new ArgumentException(
                "The Anderson-Darling test needs at least four values in both samples together.", nameof(current));
        }

        var sortedReference = reference.ToArray();
        var sortedCurrent = current.ToArray();
        Array.Sort(sortedReference);
        Array.Sort(sortedCurrent);
        if (sortedReference[0] == sortedReference[^1] && sortedCurrent[0] == sortedCurrent[^1] && sortedReference[0] == sortedCurrent[0])
        {
            throw new ArgumentException(
                "The Anderson-Darling test needs at least two distinct values; every value in both samples is the same.",
                nameof(current));
        }

        var statistic = Standardise(MidrankStatistic(sortedReference, sortedCurrent), sortedReference.Length, sortedCurrent.Length);
        return new AndersonDarlingTest(statistic, SignificanceLevel(statistic));
    }

    // A²akN = (N − 1)/N · Σᵢ (1/nᵢ) Σⱼ lⱼ/N · (N·Mᵢⱼ − nᵢ·Bⱼ)² / (Bⱼ(N − Bⱼ) − N·lⱼ/4), over the
    // distinct values zⱼ of the pooled sample: lⱼ of them equal zⱼ, Bⱼ = (number below zⱼ) + lⱼ/2,
    // and Mᵢⱼ = (number of sample i at or below zⱼ) − (number of sample i equal to zⱼ)/2.
    private static double MidrankStatistic(double[] u, double[] v)
    {
        double n1 = u.Length, n2 = v.Length;
        var total = n1 + n2;
        var uSum = 0.0;
        var vSum = 0.0;
        int i = 0, j = 0;
        while (i < u.Length || j < v.Length)
        {
            var z = i == u.Length ? v[j] : j == v.Length ? u[i] : Math.Min(u[i], v[j]);
            int iStart = i, jStart = j;
            while (i < u.Length && u[i] == z)
            {
                i++;
            }

            while (j < v.Length && v[j] == z)
            {
                j++;
            }

            double tiesInU = i - iStart, tiesInV = j - jStart;
            var ties = tiesInU + tiesInV;
            var below = (double)(iStart + jStart);
            var b = below + (ties / 2.0);
            var denominator = (b * (total - b)) - (total * ties / 4.0);
            var weight = ties / total;
            var mu = i - (tiesInU / 2.0);
            var mv = j - (tiesInV / 2.0);
            var du = (total * mu) - (b * n1);
            var dv = (total * mv) - (b * n2);
            uSum += weight * du * du / denominator;
            vSum += weight * dv * dv / denominator;
        }

        return ((uSum / n1) + (vSum / n2)) * ((total - 1.0) / total);
    }

    // T = (A²akN − (k − 1)) / σ with Scholz & Stephens' σ² for k = 2 and H = 1/n₁ + 1/n₂,
    // h = Σᵢ₌₁^(N−1) 1/i and g = Σᵢ₌₁^(N−2) Σⱼ₌ᵢ₊₁^(N−1) 1/((N − i)·j), summed as scipy sums them.
    private static double Standardise(double a2akN, long n1, long n2)
    {
        const int k = 2;
        var n = n1 + n2;
        var hSmall = (1.0 / n1) + (1.0 / n2);

        // Running sums of 1/(N − 1), 1/(N − 2), …, 1/2; g adds each running sum divided by 2, 3, ….
        var runningSum = 0.0;
        var g = 0.0;
        for (var t = 0L; t < n - 2; t++)
        {
            runningSum += 1.0 / (n - 1 - t);
            g += runningSum / (t + 2);
        }

        var h = runningSum + 1;

        var a = (((4 * g) - 6) * (k - 1)) + ((10 - (6 * g)) * hSmall);
        var b = (((2 * g) - 4) * k * k) + (8 * h * k) + (((2 * g) - (14 * h) - 4) * hSmall) - (8 * h) + (4 * g) - 6;
        var c = (((6 * h) + (2 * g) - 2) * k * k) + (((4 * h) - (4 * g) + 6) * k) + (((2 * h) - 6) * hSmall) + (4 * h);
        var d = (((2 * h) + 6) * k * k) - (4 * h * k);
        var variance = ((a * (double)(n * n * n)) + (b * (double)(n * n)) + (c * n) + d) / ((n - 1.0) * (n - 2.0) * (n - 3.0));
        return (a2akN - (k - 1)) / Math.Sqrt(variance);
    }

    private static double SignificanceLevel(double statistic)
    {
        if (statistic < CriticalValues[0])
        {
            return LargestPValue;
        }

        if (statistic > CriticalValues[^1])
        {
            return SmallestPValue;
        }

        return Math.Exp(LogLevelFit[0] + (statistic * (LogLevelFit[1] + (statistic * LogLevelFit[2]))));
    }

    // np.polyfit(critical, log(levels), 2), by QR least squares; coefficients in ascending order.
    private static double[] FitLogLevels()
    {
        var logLevels = new double[SignificanceLevels.Length];
        for (var i = 0; i < logLevels.Length; i++)
        {
            logLevels[i] = Math.Log(SignificanceLevels[i]);
        }

        return Fit.Polynomial(CriticalValues, logLevels, 2);
    }
}
