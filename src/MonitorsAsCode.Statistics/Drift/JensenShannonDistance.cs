namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The Jensen–Shannon distance between a reference and a current sample counted into the same bins,
/// with the natural log, as <c>scipy.spatial.distance.jensenshannon(p, q)</c> computes it:
/// p and q are normalised to sum to 1, m = (p + q) / 2, and
/// JS = √((KL(p‖m) + KL(q‖m)) / 2), where KL(p‖m) = Σ pᵢ·ln(pᵢ / mᵢ) and 0·ln 0 = 0.
/// Unlike <see cref="PopulationStabilityIndex"/>, empty bins need no replacement.
/// </summary>
public static class JensenShannonDistance
{
    /// <summary>The largest possible distance, √(ln 2), reached when the two samples share no bin.</summary>
    public static readonly double Maximum = Math.Sqrt(Math.Log(2));

    /// <summary>
    /// Computes the distance, in [0, √(ln 2)], from aligned count vectors: bin i of both vectors is the same bin.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static double FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);

        // Summed side by side, then added, in the order scipy does.
        var referenceDivergence = 0.0;
        var currentDivergence = 0.0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            var p = (double)referenceCounts[i] / referenceTotal;
            var q = (double)currentCounts[i] / currentTotal;
            var m = (p + q) / 2.0;
            referenceDivergence += RelativeEntropyTerm(p, m);
            currentDivergence += RelativeEntropyTerm(q, m);
        }

        // The sum is non-negative in exact arithmetic; rounding can leave a tiny negative for
        // near-identical shares, where scipy would return NaN.
        var divergence = Math.Max(referenceDivergence + currentDivergence, 0.0);
        return Math.Sqrt(divergence / 2.0);
    }

    // scipy.special.rel_entr for x ≥ 0 and y ≥ x / 2 > 0 whenever x > 0.
    private static double RelativeEntropyTerm(double x, double y) => x > 0 ? x * Math.Log(x / y) : 0.0;
}
