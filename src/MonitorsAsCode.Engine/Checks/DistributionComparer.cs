using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// Bins a drift monitor's column in both snapshots for pictures: numeric columns at the reference's
/// quantiles (<c>bins</c> of them, deciles by default, as <see cref="QuantileBins"/> cuts them for PSI),
/// text and bool columns by category, the largest <see cref="DistributionComparison.MaximumCategories"/>
/// on their own and the rest merged. Nulls, NaN and infinities are left out, as the drift check leaves them out.
/// </summary>
internal static class DistributionComparer
{
    /// <summary>The comparison for the monitor's single column, or null when there is nothing to compare.</summary>
    public static DistributionComparison? Compare(CheckContext context)
    {
        if (context.Monitor.Column is not { } name || context.Reference is not { } referenceTable
            || !context.Current.Contains(name) || !referenceTable.Contains(name))
        {
            return null;
        }

        var reference = referenceTable[name];
        var current = context.Current[name];
        return current.Kind is ColumnKind.String or ColumnKind.Bool
            ? Categories(reference, current)
            : Numeric(reference, current, context.Monitor.Bins ?? QuantileBins.DefaultBinCount);
    }

    private static DistributionComparison? Numeric(Column reference, Column current, int binCount)
    {
        var referenceValues = FiniteValues(reference);
        var currentValues = FiniteValues(current);
        if (referenceValues is null || currentValues is null || referenceValues.Length == 0 || currentValues.Length == 0)
        {
            return null;
        }

        var bins = QuantileBins.FromReference(referenceValues, binCount);
        var referenceCounts = bins.Count(referenceValues);
        var currentCounts = bins.Count(currentValues);
        var result = new List<DistributionBin>(bins.BinCount);
        for (var i = 0; i < bins.BinCount; i++)
        {
            var lower = i == 0 ? "(-inf" : "(" + Edge(current, bins.Edges[i - 1]);
            var upper = i == bins.BinCount - 1 ? "+inf)" : Edge(current, bins.Edges[i]) + "]";
            result.Add(new DistributionBin(lower + ", " + upper, (double)referenceCounts[i] / referenceValues.Length, (double)currentCounts[i] / currentValues.Length));
        }

        return new DistributionComparison(DistributionKind.Bins, result, referenceValues.Length, currentValues.Length);
    }

    private static DistributionComparison? Categories(Column reference, Column current)
    {
        var referenceCounts = ValueCounts.Of(reference);
        var currentCounts = ValueCounts.Of(current);
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
    private static string Edge(Column column, double edge) => column switch
    {
        TimestampColumn => TimestampText.FormatSeconds((long)Math.Clamp(Math.Round(edge), long.MinValue, long.MaxValue)),
        DateColumn => TimestampText.FormatDate((long)Math.Clamp(Math.Floor(edge), int.MinValue, int.MaxValue)),
        _ => ValueFormat.Number(edge),
    };

    private static double[]? FiniteValues(Column column)
    {
        if (column is not (DoubleColumn or Int64Column or TimestampColumn or DateColumn))
        {
            return null;
        }

        var values = new List<double>(column.Length);
        for (var i = 0; i < column.Length; i++)
        {
            if (!column.Valid[i])
            {
                continue;
            }

            double value = column switch
            {
                DoubleColumn d => d.Values[i],
                Int64Column l => l.Values[i],
                TimestampColumn t => t.Microseconds[i],
                DateColumn d => d.Days[i],
                _ => double.NaN,
            };
            if (double.IsFinite(value))
            {
                values.Add(value);
            }
        }

        return [.. values];
    }

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
