using System.Globalization;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// Whether a text or bool column compared category by category is near-unique (id-like): on either side it has
/// at least <see cref="MinimumCategories"/> categories and more of them than <see cref="Share"/> of its values.
/// Count-based methods (chi-square, PSI and the distances over category shares) compare how often each category
/// occurs; when almost every value is its own category there is nothing to compare — a million ids seen once in
/// each snapshot, none shared, give chi-square p ≈ 0.5 — so the result says so instead of passing quietly.
/// </summary>
internal static class NearUniqueColumn
{
    /// <summary>Distinct categories over values on one side above which the column counts as near-unique.</summary>
    public const double Share = 0.5;

    /// <summary>Fewer categories than this are a small or sparse sample, not an id-like column.</summary>
    public const int MinimumCategories = 100;

    /// <summary>The note for the evidence, or null when neither side is near-unique.</summary>
    public static string? Note(string column, string method, long[] referenceCounts, long[] currentCounts)
    {
        var (referenceCategories, referenceValues) = Tally(referenceCounts);
        var (currentCategories, currentValues) = Tally(currentCounts);
        if (!IsNearUnique(referenceCategories, referenceValues) && !IsNearUnique(currentCategories, currentValues))
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"warning: '{column}' is near-unique ({ValueFormat.Count(referenceCategories)} distinct of {ValueFormat.Count(referenceValues)} reference values, {ValueFormat.Count(currentCategories)} of {ValueFormat.Count(currentValues)} current): {method} compares how often each category occurs, which says nothing about an id-like column; check its keys with uniqueness or validity instead");
    }

    private static bool IsNearUnique(long categories, long values) => categories >= MinimumCategories && categories > Share * values;

    private static (long Categories, long Values) Tally(long[] counts)
    {
        long categories = 0, values = 0;
        foreach (var count in counts)
        {
            categories += count > 0 ? 1 : 0;
            values += count;
        }

        return (categories, values);
    }
}
