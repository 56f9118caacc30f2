using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// What each drift method is: a p-value test or a distance, binned or not, which column types it
/// measures, its default thresholds, and the rule <c>method: auto</c> follows to pick one per column.
/// </summary>
public static class DriftMethods
{
    /// <summary>
    /// The largest sample (the smaller side's non-null values) for which <c>auto</c> picks a p-value test:
    /// 1,000. Beyond it a p-value test flags shifts too small to matter (at 1,000 values per side the
    /// Kolmogorov–Smirnov test already fires at α = 0.05 on a gap of 0.061 between the distribution
    /// functions), so <c>auto</c> picks a distance with practical thresholds instead.
    /// </summary>
    public const long SmallSampleLimit = 1000;

    /// <summary>
    /// The fewest values per category, on average over the smaller sample, for which <c>auto</c> picks the
    /// chi-square test for a text column: 5, the usual condition for its approximation to hold.
    /// </summary>
    public const long ChiSquareValuesPerCategory = 5;

    /// <summary>Whether the method is a test whose value is a p-value, where smaller is worse.</summary>
    public static bool IsPValueTest(DriftMethod method) =>
        method is DriftMethod.KolmogorovSmirnov or DriftMethod.AndersonDarling or DriftMethod.CramerVonMises
            or DriftMethod.ChiSquare or DriftMethod.TwoProportionZ;

    /// <summary>Whether the method compares counts in bins (numeric columns) or categories (text and bool columns).</summary>
    public static bool IsBinned(DriftMethod method) =>
        method is DriftMethod.Psi or DriftMethod.JensenShannon or DriftMethod.KullbackLeibler or DriftMethod.Hellinger
            or DriftMethod.ChiSquare or DriftMethod.TotalVariation or DriftMethod.LInfinity;

    /// <summary>Whether the method compares the numeric values themselves, so it needs a numeric column.</summary>
    public static bool NeedsNumbers(DriftMethod method) =>
        method is DriftMethod.Wasserstein or DriftMethod.KolmogorovSmirnov or DriftMethod.AndersonDarling
            or DriftMethod.CramerVonMises or DriftMethod.Energy;

    /// <summary>Whether the columns a method compares are numeric (double, int64, timestamp, date).</summary>
    public static bool IsNumeric(ColumnType type) =>
        type is ColumnType.Double or ColumnType.Int64 or ColumnType.Timestamp or ColumnType.Date;

    /// <summary>Whether the method measures the columns of a dataset drift monitor together rather than one by one.</summary>
    public static bool IsMultivariate(DriftMethod method) => method == DriftMethod.DomainClassifier;

    /// <summary>Whether <paramref name="method"/> can measure a column of <paramref name="type"/>.</summary>
    public static bool AppliesTo(DriftMethod method, ColumnType type)
    {
        if (method == DriftMethod.TwoProportionZ)
        {
            return type is ColumnType.Bool or ColumnType.String;
        }

        return !NeedsNumbers(method) || IsNumeric(type);
    }

    /// <summary>
    /// The thresholds a method is judged by when none are written (under <c>auto</c>, and for each column
    /// of a dataset drift monitor): p-value tests warn below 0.05 and fail below 0.01; PSI warns above 0.1
    /// and fails above 0.25 (the industry's convention); KL divergence, about half of PSI for small moves,
    /// 0.05 and 0.125; every other distance 0.1 and 0.2.
    /// </summary>
    public static ThresholdPair DefaultThresholds(DriftMethod method)
    {
        if (IsPValueTest(method))
        {
            return new ThresholdPair(Threshold.AtLeast(0.05), Threshold.AtLeast(0.01));
        }

        return method switch
        {
            DriftMethod.Psi => new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.25)),
            DriftMethod.KullbackLeibler => new ThresholdPair(Threshold.AtMost(0.05), Threshold.AtMost(0.125)),
            _ => new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.2)),
        };
    }

    /// <summary>
    /// The method <c>auto</c> picks, and why. <paramref name="sampleSize"/> is the smaller side's count of
    /// non-null (and finite) values; <paramref name="distinctValues"/> the number of distinct values of both
    /// samples together (for numeric columns it may be counted only up to a small cap).
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <item><term>numeric, n ≤ 1,000</term><description><c>ks</c>: a p-value test means something at this size.</description></item>
    /// <item><term>numeric, n &gt; 1,000</term><description><c>psi</c> on the reference's deciles, with its practical thresholds.</description></item>
    /// <item><term>text or bool, at most 2 values, n ≤ 1,000</term><description><c>z</c>, the two-proportion test.</description></item>
    /// <item><term>text, n ≤ 1,000, at least 5 values per category</term><description><c>chi-square</c>.</description></item>
    /// <item><term>text or bool, otherwise</term><description><c>jensen-shannon</c>: bounded, and needs no stand-in for an empty category.</description></item>
    /// </list>
    /// </remarks>
    public static DriftMethodChoice Choose(ColumnType type, long sampleSize, long distinctValues)
    {
        var size = Count(sampleSize);
        var small = sampleSize <= SmallSampleLimit;
        var limit = Count(SmallSampleLimit);
        if (IsNumeric(type))
        {
            return small
                ? new DriftMethodChoice(DriftMethod.KolmogorovSmirnov, $"numeric column with {size} values on the smaller side (at most {limit}): a p-value test is meaningful at this size")
                : new DriftMethodChoice(DriftMethod.Psi, $"numeric column with {size} values on the smaller side (over {limit}): a p-value test would flag negligible shifts, so a distance with practical thresholds");
        }

        var categories = Count(distinctValues);
        if (!small)
        {
            return new DriftMethodChoice(DriftMethod.JensenShannon, $"categorical column with {size} values on the smaller side (over {limit}): a p-value test would flag negligible shifts, so a bounded distance with practical thresholds");
        }

        if (distinctValues <= 2)
        {
            return new DriftMethodChoice(DriftMethod.TwoProportionZ, $"binary column ({categories} values) with {size} values on the smaller side (at most {limit}): the two-proportion test");
        }

        if (sampleSize >= ChiSquareValuesPerCategory * distinctValues)
        {
            return new DriftMethodChoice(DriftMethod.ChiSquare, $"categorical column with {categories} categories and {size} values on the smaller side (at most {limit}, at least {Count(ChiSquareValuesPerCategory)} per category): the chi-square test");
        }

        return new DriftMethodChoice(DriftMethod.JensenShannon, $"categorical column with {categories} categories and only {size} values on the smaller side (under {Count(ChiSquareValuesPerCategory)} per category, too few for the chi-square test): a bounded distance");
    }

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
