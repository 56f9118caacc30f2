using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// What a drift method found for one column, before and after it was judged: the method and why, the
/// value and statistic, the change in nulls and categories, how the distribution moved, and the cause.
/// </summary>
internal sealed record ColumnDrift(ColumnDefinition Column, DriftMethodChoice Choice, MetricDescription Metric, double Value)
{
    /// <summary>The percentiles reported for numeric columns.</summary>
    public static readonly double[] PercentileLevels = [0.05, 0.5, 0.95];

    public DriftMethod Method => Choice.Method;

    /// <summary>D, χ², z, T, or the distance before norming.</summary>
    public double? Statistic { get; init; }

    /// <summary>The p-value (p-value tests), as the test gave it.</summary>
    public double? PValue { get; init; }

    /// <summary>The p-value after the monitor's multiple-comparison correction.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>The value compared with the thresholds: the adjusted p-value when there is one.</summary>
    public double JudgedValue => AdjustedPValue ?? Value;

    /// <summary>The thresholds the column is judged by.</summary>
    public ThresholdPair Thresholds { get; init; }

    public CheckStatus Status { get; init; } = CheckStatus.Pass;

    /// <summary>The effect size measured for a p-value test with <c>effect</c>; null without one.</summary>
    public double? Effect { get; init; }

    public NullShareShift Nulls { get; init; }

    /// <summary>Categories only in the current, with their share of it (largest first).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> NewCategories { get; init; } = [];

    /// <summary>Categories only in the reference, with their share of it (largest first).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> LostCategories { get; init; } = [];

    /// <summary>Categories whose share grew or shrank most, with reference and current share (numeric columns: none).</summary>
    public IReadOnlyList<(string Category, double Reference, double Current)> CategoryMoves { get; init; } = [];

    /// <summary>p5, p50 and p95 of the reference (numeric columns).</summary>
    public IReadOnlyList<double>? ReferencePercentiles { get; init; }

    /// <summary>p5, p50 and p95 of the current (numeric columns).</summary>
    public IReadOnlyList<double>? CurrentPercentiles { get; init; }

    public DriftCause Cause { get; init; }

    /// <summary>The sentence about the method's own finding (largest moves, D and p, distance and median).</summary>
    public string Finding { get; init; } = string.Empty;

    /// <summary>
    /// Why a comparison of category counts says little here: the column is near-unique (id-like), see
    /// <see cref="NearUniqueColumn"/>; null otherwise.
    /// </summary>
    public string? NearUniqueNote { get; init; }

    /// <summary>Why a significant p-value did not count as drift, when the effect was too small.</summary>
    public string? EffectNote { get; init; }

    /// <summary>The method's evidence tables (bins or categories that moved most, quantiles).</summary>
    public IReadOnlyList<EvidenceTable> Tables { get; init; } = [];

    /// <summary>
    /// A numeric column's values on both sides counted into the reference's quantile bins for the pictures in reports,
    /// when the measurement was asked for one; null otherwise and for text and bool columns.
    /// </summary>
    public BinnedPicture? Picture { get; init; }

    /// <summary>NaN and infinite values left out, reference and current.</summary>
    public (long Reference, long Current) NonFinite { get; init; }

    /// <summary>Whether the column counts as drifted: beyond its warn level (after correction and effect size).</summary>
    public bool Drifted => Status is CheckStatus.Warn or CheckStatus.Fail;

    /// <summary>The column's weight in a dataset drift monitor: its importance, 1 when not declared.</summary>
    public double Weight => Column.Importance ?? 1.0;
}
