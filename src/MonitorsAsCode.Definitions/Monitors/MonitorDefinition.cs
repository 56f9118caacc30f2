using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// One check over a dataset, with its thresholds and who responds when it fails.
/// The value a monitor measures, its unit and its direction are described by <see cref="MetricCatalog"/>.
/// </summary>
public sealed record MonitorDefinition(string Id, string DatasetId, CheckKind Check)
{
    /// <summary>
    /// The columns checked: one for drift, completeness, validity and freshness; one or more for a
    /// uniqueness key; none for schema and volume.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>
    /// The drift method as written; null when omitted. See <see cref="EffectiveMethod"/> for the method
    /// an omitted one stands for.
    /// </summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Number of quantile bins for binned drift methods on numeric columns (default 10, deciles).</summary>
    public int? Bins { get; init; }

    /// <summary>Drift: where binned methods cut numeric columns; null means <see cref="DriftBinning.ReferenceQuantiles"/>.</summary>
    public DriftBinning? Binning { get; init; }

    /// <summary>
    /// Drift: fixed inner bin edges for a numeric column (ascending), kept in the definition so the bins
    /// never move between runs; values equal to an edge fall in the lower bin, as with quantile bins.
    /// </summary>
    public IReadOnlyList<double>? Edges { get; init; }

    /// <summary>Drift: the effect size a p-value test also requires before it flags drift.</summary>
    public DriftEffect? Effect { get; init; }

    /// <summary>Dataset drift: the multiple-comparison correction of the columns' p-values; null means Benjamini–Hochberg.</summary>
    public PValueCorrection? Correction { get; init; }

    /// <summary>Dataset drift: every declared column with one of these roles (<c>roles: [feature]</c>).</summary>
    public IReadOnlyList<ColumnRole> Roles { get; init; } = [];

    /// <summary>
    /// Dataset drift: every declared column (<c>columns: all</c>) except identifiers and event times,
    /// which differ between any two windows by construction.
    /// </summary>
    public bool AllColumns { get; init; }

    /// <summary>Drift: limits on the absolute change of the column's share of nulls, which a drift monitor also reports.</summary>
    public ThresholdPair? NullShareChange { get; init; }

    /// <summary>Performance: the metric measured (<c>metric: roc-auc</c>).</summary>
    public PerformanceMetric? Metric { get; init; }

    /// <summary>Performance: the operating threshold of accuracy, precision, recall, F1 and cost: a score at or above it predicts positive; null for 0.5.</summary>
    public double? DecisionThreshold { get; init; }

    /// <summary>Performance: the cost of each kind of error, for <see cref="PerformanceMetric.Cost"/>.</summary>
    public PerformanceCosts? Costs { get; init; }

    /// <summary>Performance: how far a prediction may be from the actual value and still count, for <see cref="PerformanceMetric.WithinTolerance"/>.</summary>
    public double? Tolerance { get; init; }

    /// <summary>
    /// Performance: judge how much worse the metric is than on the reference snapshot (<c>relative: true</c>), in the metric's
    /// units and positive when worse, instead of the metric itself.
    /// </summary>
    public bool Relative { get; init; }

    /// <summary>Performance: the fewest labelled, mature predictions judged; with fewer the monitor is skipped; null for 100.</summary>
    public int? MinLabels { get; init; }

    /// <summary>The limit that makes the monitor warn.</summary>
    public Threshold? Warn { get; init; }

    /// <summary>The limit that makes the monitor fail.</summary>
    public Threshold? Fail { get; init; }

    /// <summary>How urgently a failure needs a person.</summary>
    public Severity Severity { get; init; } = Severity.Investigate;

    /// <summary>Who responds (a team or on-call rotation).</summary>
    public string? Owner { get; init; }

    /// <summary>The runbook to follow when the monitor fails: a path or a runbook id.</summary>
    public string? Runbook { get; init; }

    /// <summary>What the monitor protects, in a sentence.</summary>
    public string? Description { get; init; }

    /// <summary>Validity: the smallest valid value (inclusive).</summary>
    public double? Min { get; init; }

    /// <summary>Validity: the largest valid value (inclusive).</summary>
    public double? Max { get; init; }

    /// <summary>Validity: the allowed values, compared as text.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Validity: values count as valid only when the reference snapshot holds them too (<c>allowed: reference</c>).</summary>
    public bool AllowedFromReference { get; init; }

    /// <summary>Schema: how to treat columns the snapshot has but the dataset does not declare.</summary>
    public UnexpectedColumns UnexpectedColumns { get; init; } = UnexpectedColumns.Warn;

    /// <summary>
    /// Judge the value against what the monitor's history expects instead of fixed thresholds (<c>baseline:</c>); then
    /// the limits are in <see cref="BaselineDefinition"/> and <see cref="Warn"/> and <see cref="Fail"/> are null.
    /// </summary>
    public BaselineDefinition? Baseline { get; init; }

    /// <summary>How long the condition must hold before the monitor warns or fails (<c>for: 3d</c>); null for at once.</summary>
    public SustainPeriod? For { get; init; }

    /// <summary>
    /// A failing monitor passes again only once its value is back past this (<c>recover: 0.15</c>), in the units of the
    /// fail limit: the metric's, or deviations or a relative change for a baseline; null to recover at the fail limit.
    /// </summary>
    public double? Recover { get; init; }

    /// <summary>Whether judging the monitor reads its history (a baseline, <c>for:</c> or <c>recover:</c>).</summary>
    public bool ReadsHistory => Baseline is not null || For is not null || Recover is not null;

    /// <summary>A disabled monitor is reported as skipped.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the monitor was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>The single column of a one-column check, or null (for performance and label coverage: the prediction column, when written).</summary>
    public string? Column => Columns.Count == 1 && !IsDatasetDrift ? Columns[0] : null;

    /// <summary>
    /// Whether this is a dataset drift monitor: a drift check over several columns, over roles, or over
    /// <c>all</c>, judged by the share of its columns that drifted.
    /// </summary>
    public bool IsDatasetDrift => Check == CheckKind.Drift && (Columns.Count > 1 || Roles.Count > 0 || AllColumns);

    /// <summary>
    /// The drift method that runs (null for other checks): the written one; when omitted,
    /// <see cref="DriftMethod.Auto"/> — except for a one-column monitor that writes thresholds, which
    /// measures <see cref="DriftMethod.Psi"/>, since thresholds are in one method's units.
    /// </summary>
    public DriftMethod? EffectiveMethod
    {
        get
        {
            if (Check != CheckKind.Drift)
            {
                return null;
            }

            if (Method is { } method)
            {
                return method;
            }

            return IsDatasetDrift || (Warn is null && Fail is null) ? DriftMethod.Auto : DriftMethod.Psi;
        }
    }
}
