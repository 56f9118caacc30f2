namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The L-infinity distance between a reference and a current sample counted into the same bins or
/// categories: L∞ = maxᵢ |pᵢ − qᵢ|, where pᵢ and qᵢ are the shares of bin i (count / total); the largest
/// move of any one category's share. It is the comparator TensorFlow Data Validation uses for
/// categorical drift and skew.
/// </summary>
public static class LInfinityDistance
{
    /// <summary>
    /// Computes the distance, in [0, 1], from aligned count vectors: bin i of both vectors is the same bin.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The vectors differ in length, a count is negative, or either sample is empty (its counts add up to zero).
    /// </exception>
    public static double FromCounts(ReadOnlySpan<long> referenceCounts, ReadOnlySpan<long> currentCounts)
    {
        var (referenceTotal, currentTotal) = SampleArguments.TotalsOfAlignedCounts(referenceCounts, currentCounts);

        var largest = 0.0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            largest = Math.Max(largest, Math.Abs(((double)referenceCounts[i] / referenceTotal) - ((double)currentCounts[i] / currentTotal)));
        }

        return largest;
    }
}
