namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The total variation distance between a reference and a current sample counted into the same bins or
/// categories: TV = ½·Σᵢ |pᵢ − qᵢ|, where pᵢ and qᵢ are the shares of bin i (count / total); the largest
/// share of one sample that would have to move to turn it into the other.
/// </summary>
public static class TotalVariationDistance
{
    /// <summary>
    /// Computes the distance, in [0, 1], from aligned count vectors: bin i of both vectors is the same bin.
    /// It is 1 when the two samples share no bin.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static double FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);

        var sum = 0.0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            sum += Math.Abs(((double)referenceCounts[i] / referenceTotal) - ((double)currentCounts[i] / currentTotal));
        }

        return 0.5 * sum;
    }
}
