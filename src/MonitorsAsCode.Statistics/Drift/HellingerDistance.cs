namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// The Hellinger distance between a reference and a current sample counted into the same bins, in the
/// normalisation that puts it in [0, 1]: H = √(½·Σᵢ (√pᵢ − √qᵢ)²), where pᵢ and qᵢ are the shares of
/// bin i (count / total). This equals √(1 − Σᵢ √(pᵢ·qᵢ)), one minus the Bhattacharyya coefficient,
/// but does not lose the small distances of near-identical samples to cancellation as that form does.
/// Empty bins need no replacement.
/// </summary>
public static class HellingerDistance
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
            var difference = Math.Sqrt((double)referenceCounts[i] / referenceTotal) - Math.Sqrt((double)currentCounts[i] / currentTotal);
            sum += difference * difference;
        }

        return Math.Sqrt(0.5 * sum);
    }
}
