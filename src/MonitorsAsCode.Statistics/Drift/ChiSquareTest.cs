using MathNet.Numerics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// Pearson's chi-square test of homogeneity on the 2 × k contingency table of a reference and a current
/// sample counted into the same k categories, as
/// <c>scipy.stats.chi2_contingency([reference, current], correction=False)</c> computes it:
/// χ² = Σ (O − E)² / E over the cells, with expected counts E = row total · column total / N,
/// k′ − 1 degrees of freedom, and the p-value P(χ²(k′ − 1) ≥ χ²), the regularized upper incomplete
/// gamma function Q((k′ − 1)/2, χ²/2).
/// </summary>
/// <remarks>
/// k′ counts the categories present on at least one side: a category absent from both has an expected
/// count of zero, which scipy refuses, so it is dropped first. With a single such category the table
/// has no degrees of freedom and, as in scipy, the statistic is 0 and the p-value 1. No Yates
/// correction is applied, also not to a 2 × 2 table.
/// </remarks>
/// <param name="Statistic">χ², zero when both samples have the same shares.</param>
/// <param name="DegreesOfFreedom">k′ − 1, the number of categories present on either side minus one.</param>
/// <param name="PValue">The p-value, in [0, 1].</param>
public readonly record struct ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    /// <summary>
    /// Runs the test on aligned count vectors: category i of both vectors is the same category of the
    /// union of both samples' categories.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static ChiSquareTest FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);
        var total = referenceTotal + currentTotal;

        var categories = 0;
        var referenceSum = 0.0;
        var currentSum = 0.0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            var columnTotal = referenceCounts[i] + currentCounts[i];
            if (columnTotal == 0)
            {
                continue;
            }

            categories++;
            referenceSum += PearsonTerm(referenceCounts[i], referenceTotal, columnTotal, total);
            currentSum += PearsonTerm(currentCounts[i], currentTotal, columnTotal, total);
        }

        var degreesOfFreedom = categories - 1;
        if (degreesOfFreedom == 0)
        {
            return new ChiSquareTest(0.0, 0, 1.0);
        }

        var statistic = referenceSum + currentSum;
        var p = SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2.0);
        return new ChiSquareTest(statistic, degreesOfFreedom, Math.Clamp(p, 0.0, 1.0));
    }

    private static double PearsonTerm(long observed, long rowTotal, long columnTotal, long total)
    {
        var expected = (double)checked(rowTotal * columnTotal) / total;
        var difference = observed - expected;
        return difference * difference / expected;
    }
}
