using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A drift monitor's column in both snapshots, shaped for pictures: numeric columns in the bins the measurement counted
/// at the reference's quantiles (<c>bins</c> of them, deciles by default, as <see cref="QuantileBins"/> cuts them for
/// PSI; see <see cref="ColumnDrift.Picture"/>), text and bool columns by category, the largest
/// <see cref="DistributionComparison.MaximumCategories"/> on their own and the rest merged. Nulls, NaN and infinities
/// are left out, as the drift check leaves them out. Nothing is counted here: the measurement's own counts are shown.
/// </summary>
internal static class DistributionComparer
{
    /// <summary>The comparison of a column read as <paramref name="kind"/>, or null when a side has nothing to picture.</summary>
    public static DistributionComparison? Of(ColumnSample reference, ColumnSample current, ColumnKind kind, ColumnDrift drift)
    {
        if (!reference.IsNumeric)
        {
            return reference.Counts is { } referenceCounts && current.Counts is { } currentCounts ? Categories(referenceCounts, currentCounts) : null;
        }

        if (kind is ColumnKind.String or ColumnKind.Bool || reference.ValueCount == 0 || current.ValueCount == 0 || !current.IsNumeric || drift.Picture is not { } picture)
        {
            return null;
        }

        var edges = picture.Edges;
        var binCount = edges.Length + 1;
        var result = new List<DistributionBin>(binCount);
        for (var i = 0; i < binCount; i++)
        {
            var lower = i == 0 ? "(-inf" : "(" + Edge(kind, edges[i - 1]);
            var upper = i == binCount - 1 ? "+inf)" : Edge(kind, edges[i]) + "]";
            result.Add(new DistributionBin(lower + ", " + upper, (double)picture.Reference[i] / reference.ValueCount, (double)picture.Current[i] / current.ValueCount));
        }

        return new DistributionComparison(DistributionKind.Bins, result, reference.ValueCount, current.ValueCount);
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
