namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// The reference and current distributions of a drift monitor's column as shares per bin or
/// category, for pictures (overlaid histograms, category bars). It holds a few dozen numbers
/// whatever the snapshot's size, never rows.
/// </summary>
/// <param name="Kind">Whether <paramref name="Bins"/> are numeric bins or categories.</param>
/// <param name="Bins">Numeric bins in ascending order, or categories by largest share first.</param>
/// <param name="ReferenceCount">Values counted in the reference snapshot (nulls and non-finite values left out).</param>
/// <param name="CurrentCount">Values counted in the current snapshot.</param>
public sealed record DistributionComparison(DistributionKind Kind, IReadOnlyList<DistributionBin> Bins, long ReferenceCount, long CurrentCount)
{
    /// <summary>The most categories shown one by one; the rest are merged into one last bin.</summary>
    public const int MaximumCategories = 12;

    /// <summary>How many categories the last bin merges (0 when every category has its own bin).</summary>
    public int MergedCategories { get; init; }
}
