namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The Kullback–Leibler divergence of the current sample from the reference, KL(reference ‖ current)
/// = Σᵢ rᵢ·ln(rᵢ / cᵢ) with the natural log, where rᵢ and cᵢ are the shares of bin i (count / total).
/// As in <see cref="PopulationStabilityIndex"/>, a share of exactly zero is replaced by
/// <see cref="PopulationStabilityIndex.ZeroShareReplacement"/> (0.0001) on each side independently,
/// without renormalising, so a bin empty on one side gives a large but finite term.
/// </summary>
/// <remarks>
/// KL is not symmetric; PSI is its symmetrised form, KL(r ‖ c) + KL(c ‖ r). Because the replacement
/// does not renormalise, a reference share below 0.0001 in a bin the current leaves empty makes its
/// term negative, so the divergence of nearly identical samples can come out a little below zero.
/// </remarks>
public static class KullbackLeiblerDivergence
{
    /// <summary>Computes the divergence, in nats, from aligned count vectors: bin i of both vectors is the same bin.</summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static double FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);

        var sum = 0.0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            var referenceShare = ShareOrReplacement(referenceCounts[i], referenceTotal);
            var currentShare = ShareOrReplacement(currentCounts[i], currentTotal);
            sum += referenceShare * Math.Log(referenceShare / currentShare);
        }

        return sum;
    }

    private static double ShareOrReplacement(long count, long total)
    {
        var share = (double)count / total;
        return share == 0 ? PopulationStabilityIndex.ZeroShareReplacement : share;
    }
}
