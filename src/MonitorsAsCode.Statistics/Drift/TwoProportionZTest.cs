using System.Globalization;
using MathNet.Numerics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The pooled two-proportion z-test for a binary column, as statsmodels'
/// <c>proportions_ztest([x_reference, x_current], [n_reference, n_current])</c> computes it: with the
/// proportions p_r = x_r / n_r and p_c = x_c / n_c of the second category (index 1) and the pooled
/// proportion p = (x_r + x_c) / (n_r + n_c), z = (p_r − p_c) / √(p·(1 − p)·(1/n_r + 1/n_c)), and the
/// two-sided p-value 2·(1 − Φ(|z|)).
/// </summary>
/// <remarks>
/// For a 2 × 2 table z² equals the uncorrected χ² of <see cref="ChiSquareTest"/>, and the p-values agree.
/// When both samples fall wholly in one category the pooled variance is zero and statsmodels divides
/// zero by zero; here that case, where nothing moved, gives z = 0 and a p-value of 1.
/// </remarks>
/// <param name="Statistic">z; positive when the reference has the larger share of the second category.</param>
/// <param name="PValue">The two-sided p-value, in [0, 1].</param>
/// <param name="ReferenceProportion">p_r, the reference's share of the second category.</param>
/// <param name="CurrentProportion">p_c, the current's share of the second category.</param>
public readonly record struct TwoProportionZTest(double Statistic, double PValue, double ReferenceProportion, double CurrentProportion)
{
    /// <summary>
    /// Runs the test on aligned count vectors of length 2: index 0 counts the first category, index 1
    /// the second, whose proportions are compared.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A vector does not have exactly two counts, a count is negative, or either sample is empty.
    /// </exception>
    public static TwoProportionZTest FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);
        if (referenceCounts.Length != 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The two-proportion z-test compares a binary column: expected two counts per sample, but got {referenceCounts.Length}."),
                nameof(referenceCounts));
        }

        var referenceProportion = (double)referenceCounts[1] / referenceTotal;
        var currentProportion = (double)currentCounts[1] / currentTotal;
        var pooled = (referenceCounts[1] + currentCounts[1]) * 1.0 / (referenceTotal + currentTotal);
        var variance = pooled * (1 - pooled) * ((1.0 / referenceTotal) + (1.0 / currentTotal));
        if (variance == 0)
        {
            return new TwoProportionZTest(0.0, 1.0, referenceProportion, currentProportion);
        }

        var z = (referenceProportion - currentProportion) / Math.Sqrt(variance);
        var p = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
        return new TwoProportionZTest(z, Math.Clamp(p, 0.0, 1.0), referenceProportion, currentProportion);
    }
}
