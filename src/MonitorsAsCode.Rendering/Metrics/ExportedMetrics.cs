using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Rendering.Metrics;

/// <summary>
/// The metrics a run exports in the Prometheus text exposition format, named by the Prometheus
/// conventions (a <c>monitors_</c> prefix, base units, <c>_ratio</c> for shares from 0 to 1,
/// <c>_seconds</c> for durations), and what the generated Grafana dashboards query. Every family is a gauge.
/// </summary>
public static class ExportedMetrics
{
    /// <summary>Labels of every per-monitor value: the dataset, the monitor's id, its columns (comma-separated) and its severity.</summary>
    public static IReadOnlyList<string> MonitorLabels { get; } = ["dataset", "monitor", "column", "severity"];

    /// <summary><c>monitors_schema_problems</c>: declared columns missing from the snapshot or of the wrong type.</summary>
    public static MetricFamily SchemaProblems { get; } = new("monitors_schema_problems", "Declared columns missing from the current snapshot or of the wrong type.", MonitorLabels);

    /// <summary><c>monitors_completeness_null_ratio</c>: the share of null rows in the column.</summary>
    public static MetricFamily NullRatio { get; } = new("monitors_completeness_null_ratio", "Share of null rows in the monitored column, from 0 to 1.", MonitorLabels);

    /// <summary><c>monitors_validity_invalid_ratio</c>: the share of non-null values that are invalid.</summary>
    public static MetricFamily InvalidRatio { get; } = new("monitors_validity_invalid_ratio", "Share of non-null values that are invalid, from 0 to 1.", MonitorLabels);

    /// <summary><c>monitors_uniqueness_duplicate_ratio</c>: the share of rows repeating an earlier row's key.</summary>
    public static MetricFamily DuplicateRatio { get; } = new("monitors_uniqueness_duplicate_ratio", "Share of rows repeating an earlier row's key, from 0 to 1.", MonitorLabels);

    /// <summary><c>monitors_volume_row_count_ratio</c>: current rows divided by reference rows.</summary>
    public static MetricFamily RowCountRatio { get; } = new("monitors_volume_row_count_ratio", "Rows in the current snapshot divided by rows in the reference snapshot.", MonitorLabels);

    /// <summary><c>monitors_freshness_age_seconds</c>: the age of the newest event at the run's as-of instant.</summary>
    public static MetricFamily AgeSeconds { get; } = new("monitors_freshness_age_seconds", "Age of the newest event time at the run's as-of instant, in seconds.", MonitorLabels);

    /// <summary><c>monitors_label_coverage_ratio</c>: the share of mature predictions that have a label.</summary>
    public static MetricFamily LabelCoverage { get; } = new("monitors_label_coverage_ratio", "Share of mature predictions whose label is known at the run's as-of instant.", MonitorLabels);

    /// <summary>
    /// <c>monitors_performance_value</c>: a performance monitor's value; the <c>metric</c> label names the metric
    /// (<c>roc-auc</c>, or <c>roc-auc-drop</c> for the drop from the reference).
    /// </summary>
    public static MetricFamily PerformanceValue { get; } = new("monitors_performance_value", "Model performance over mature labelled predictions, by the metric in the metric label (a -drop suffix: how much worse than the reference).", [.. MonitorLabels, "metric"]);

    /// <summary><c>monitors_value_interval</c>: the bounds of a value's confidence interval (performance, label coverage).</summary>
    public static MetricFamily ValueInterval { get; } = new("monitors_value_interval", "Bounds of the confidence interval of a monitor's value, by bound (lower, upper).", ["dataset", "monitor", "bound"]);

    /// <summary><c>monitors_drift_score</c>: the drift method's value; the <c>method</c> label names it.</summary>
    public static MetricFamily DriftScore { get; } = new("monitors_drift_score", "Distance between the reference and current distribution of the column, by the method in the method label.", [.. MonitorLabels, "method"]);

    /// <summary>
    /// <c>monitors_check_threshold</c>: a monitor's thresholds in its metric's unit; <c>level</c> is warn or
    /// fail, <c>bound</c> is above (an upper limit) or below (the lower limit of a band).
    /// </summary>
    public static MetricFamily Threshold { get; } = new("monitors_check_threshold", "A monitor's warn or fail threshold, in the unit of its metric.", ["dataset", "monitor", "check", "level", "bound"]);

    /// <summary>
    /// <c>monitors_check_status</c>: one series per status (pass, warn, fail, error, skipped), 1 for the
    /// monitor's status and 0 for the others, so <c>monitors_check_status{status="fail"} == 1</c> lists failures.
    /// </summary>
    public static MetricFamily CheckStatus { get; } = new("monitors_check_status", "1 for the monitor's status in the last run, 0 for the other statuses.", ["dataset", "monitor", "check", "severity", "status"]);

    /// <summary><c>monitors_gate_status</c>: one series per status, 1 for the gate's verdict.</summary>
    public static MetricFamily GateStatus { get; } = new("monitors_gate_status", "1 for the gate's verdict in the last run, 0 for the other statuses.", ["gate", "status"]);

    /// <summary><c>monitors_run_results</c>: how many monitors of the run ended with each status.</summary>
    public static MetricFamily RunResults { get; } = new("monitors_run_results", "Number of monitors of the last run with each status.", ["status"]);

    /// <summary>
    /// <c>monitors_check_event</c>: 1 for each known event over a monitor's judged window; <c>suppressed</c> is true when
    /// the event suppressed its warning or failure. Written only when a run met known events; the dashboards annotate them.
    /// </summary>
    public static MetricFamily CheckEvent { get; } = new("monitors_check_event", "1 for each known event over the monitor's judged window in the last run.", ["dataset", "monitor", "event", "suppressed"]);

    /// <summary>Every family, in the order the exposition writes them.</summary>
    public static IReadOnlyList<MetricFamily> All { get; } =
    [
        SchemaProblems, NullRatio, InvalidRatio, DuplicateRatio, RowCountRatio, AgeSeconds, DriftScore,
        LabelCoverage, PerformanceValue, ValueInterval, Threshold, CheckStatus, GateStatus, RunResults, CheckEvent,
    ];

    /// <summary>The family holding the measured value of a check.</summary>
    public static MetricFamily ValueOf(CheckKind check) => check switch
    {
        CheckKind.Schema => SchemaProblems,
        CheckKind.Completeness => NullRatio,
        CheckKind.Validity => InvalidRatio,
        CheckKind.Uniqueness => DuplicateRatio,
        CheckKind.Volume => RowCountRatio,
        CheckKind.Freshness => AgeSeconds,
        CheckKind.Drift => DriftScore,
        CheckKind.LabelCoverage => LabelCoverage,
        CheckKind.Performance => PerformanceValue,
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Unknown check."),
    };
}
