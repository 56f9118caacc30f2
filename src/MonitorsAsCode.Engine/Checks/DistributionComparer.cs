using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// Bins a drift monitor's column in both snapshots for pictures: numeric columns at the reference's
/// quantiles (<c>bins</c> of them, deciles by default, as <see cref="QuantileBins"/> cuts them for PSI),
/// text and bool columns by category, the largest <see cref="DistributionComparison.MaximumCategories"/>
/// on their own and the rest merged. Nulls, NaN and infinities are left out, as the drift check leaves them out.
/// </summary>
internal sealed class DistributionComparer
{
    private readonly ColumnKind kind;
    private readonly Dictionary<string, long>? referenceCounts;
    private readonly double[]? edges;
    private readonly long[]? referenceBins;
    private readonly long referenceTotal;

    private DistributionComparer(ColumnKind kind, Dictionary<string, long>? referenceCounts, double[]? edges, long[]? referenceBins, long referenceTotal)
    {
        this.kind = kind;
        this.referenceCounts = referenceCounts;
        this.edges = edges;
        this.referenceBins = referenceBins;
        this.referenceTotal = referenceTotal;
    }

    /// <summary>
    /// The reference half of the picture of a column read as <paramref name="kind"/>: its categories, or its values
    /// counted into <paramref name="binCount"/> bins at its own quantiles; null when it has nothing to picture.
    /// </summary>
    public static DistributionComparer? Start(ColumnSample reference, ColumnKind kind, int binCount)
    {
        if (!reference.IsNumeric)
        {
            return new DistributionComparer(kind, reference.Counts, null, null, 0);
        }

        if (kind is ColumnKind.String or ColumnKind.Bool || reference.ValueCount == 0)
        {
            return null;
        }

        // The reference's quantiles by selection rather than a sort: the same edges QuantileBins cuts, in linear time.
        var levels = new double[binCount - 1];
        for (var k = 1; k < binCount; k++)
        {
            levels[k - 1] = (double)k / binCount;
        }

        var quantiles = LinearQuantiles.Of(reference.Values, levels);
        Array.Sort(quantiles);
        var distinct = 1;
        for (var i = 1; i < quantiles.Length; i++)
        {
            if (quantiles[i] != quantiles[distinct - 1])
            {
                quantiles[distinct++] = quantiles[i];
            }
        }

        var edges = quantiles[..distinct];
        return new DistributionComparer(kind, null, edges, BinCounts.UpperClosed(reference.Values, edges), reference.ValueCount);
    }

    /// <summary>The comparison with <paramref name="current"/>'s side, or null when it has nothing to compare.</summary>
    public DistributionComparison? Finish(ColumnSample current)
    {
        if (referenceCounts is not null)
        {
            return current.Counts is { } counts ? Categories(referenceCounts, counts) : null;
        }

        if (current.ValueCount == 0 || !current.IsNumeric)
        {
            return null;
        }

        var currentBins = BinCounts.UpperClosed(current.Values, edges);
        var binCount = edges!.Length + 1; // made with either the reference's counts or its edges and bins
        var result = new List<DistributionBin>(binCount);
        for (var i = 0; i < binCount; i++)
        {
            var lower = i == 0 ? "(-inf" : "(" + Edge(kind, edges[i - 1]);
            var upper = i == binCount - 1 ? "+inf)" : Edge(kind, edges[i]) + "]";
            result.Add(new DistributionBin(lower + ", " + upper, (double)referenceBins![i] / referenceTotal, (double)currentBins[i] / current.ValueCount)); // referenceBins is set with the edges
        }

        return new DistributionComparison(DistributionKind.Bins, result, referenceTotal, current.ValueCount);
    }

    private static DistributionComparison? Categories(Dictionary<string, long> referenceCounts, Dictionary<string, long> currentCounts)
    {
        var referenceTotal = Total(referenceCounts);
        var currentTotal = Total(currentCounts);
        if (referenceTotal == 0 || currentTotal == 0)
        {
            return null;
        }

        var categories = new SortedSet<string>(referenceCounts.Keys, StringComparer.Ordinal);
        categories.UnionWith(currentCounts.Keys);
        var all = new List<DistributionBin>(categories.Count);
        foreach (var category in categories)
        {
            all.Add(new DistributionBin(category, (double)referenceCounts.GetValueOrDefault(category) / referenceTotal, (double)currentCounts.GetValueOrDefault(category) / currentTotal));
        }

        // Largest first by the larger of the two shares, so a category that is new or gone is as visible as one that grew.
        all.Sort((a, b) =>
        {
            var order = Math.Max(b.ReferenceShare, b.CurrentShare).CompareTo(Math.Max(a.ReferenceShare, a.CurrentShare));
            return order != 0 ? order : string.CompareOrdinal(a.Label, b.Label);
        });

        if (all.Count <= DistributionComparison.MaximumCategories)
        {
            return new DistributionComparison(DistributionKind.Categories, all, referenceTotal, currentTotal);
        }

        var shown = all.GetRange(0, DistributionComparison.MaximumCategories - 1);
        double referenceRest = 0, currentRest = 0;
        for (var i = shown.Count; i < all.Count; i++)
        {
            referenceRest += all[i].ReferenceShare;
            currentRest += all[i].CurrentShare;
        }

        var merged = all.Count - shown.Count;
        shown.Add(new DistributionBin($"{ValueFormat.Count(merged)} other categories", referenceRest, currentRest));
        return new DistributionComparison(DistributionKind.Categories, shown, referenceTotal, currentTotal) { MergedCategories = merged };
    }

    /// <summary>An edge in the column's own terms: an instant for timestamps, a date for dates, else a number.</summary>
    private static string Edge(ColumnKind kind, double edge) => kind switch
    {
        ColumnKind.Timestamp => TimestampText.FormatSeconds((long)Math.Clamp(Math.Round(edge), long.MinValue, long.MaxValue)),
        ColumnKind.Date => TimestampText.FormatDate((long)Math.Clamp(Math.Floor(edge), int.MinValue, int.MaxValue)),
        _ => ValueFormat.Number(edge),
    };

    private static long Total(Dictionary<string, long> counts)
    {
        long total = 0;
        foreach (var count in counts.Values)
        {
            total += count;
        }

        return total;
    }
}
