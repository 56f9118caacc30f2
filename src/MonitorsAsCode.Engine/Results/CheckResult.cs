using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// The outcome of one monitor: what was measured, against which thresholds, the verdict and the
/// evidence. Every output (table, JSON, JUnit, Markdown) is a rendering of these.
/// </summary>
public sealed record CheckResult(
    string MonitorId,
    string DatasetId,
    CheckKind Check,
    IReadOnlyList<string> Columns,
    CheckStatus Status,
    double? Value,
    Threshold? Warn,
    Threshold? Fail,
    Severity Severity,
    Evidence Evidence)
{
    /// <summary>The metric the value is measured in.</summary>
    public required MetricDescription Metric { get; init; }

    /// <summary>The drift method used, when the check is drift (the one <c>auto</c> picked, for a one-column monitor).</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Why <c>auto</c> picked <see cref="Method"/>; null when the method was written.</summary>
    public string? MethodReason { get; init; }

    /// <summary>The drift method's statistic (D, χ², z, the raw distance) when it has one besides the value.</summary>
    public double? Statistic { get; init; }

    /// <summary>The p-value, for drift p-value tests (then also the value).</summary>
    public double? PValue { get; init; }

    /// <summary>The confidence interval of <see cref="Value"/> (performance and label coverage); null for other checks or when it could not be computed.</summary>
    public ValueInterval? Interval { get; init; }

    /// <summary>The performance metric measured, for performance monitors; null for other checks.</summary>
    public PerformanceMetric? PerformanceMetric { get; init; }

    /// <summary>For performance monitors: whether the value is the drop from the reference rather than the metric itself.</summary>
    public bool Relative { get; init; }

    /// <summary>Who responds.</summary>
    public string? Owner { get; init; }

    /// <summary>The runbook to follow.</summary>
    public string? Runbook { get; init; }

    /// <summary>
    /// For drift monitors, the reference and current distributions of the column binned for pictures;
    /// null for other checks and when the monitor could not be measured.
    /// </summary>
    public DistributionComparison? Distribution { get; init; }

    /// <summary>
    /// The known events whose span overlapped the judged window on this monitor's dataset, by id, in declaration order;
    /// empty when none did. Outputs show them beside the status.
    /// </summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>
    /// The <c>suppress</c> events among <see cref="Events"/> when the monitor warned or failed: the result keeps its measured
    /// <see cref="Status"/> (and evidence), but <see cref="CountedStatus"/> is pass, so it fails neither the run nor a gate.
    /// Empty when nothing was suppressed.
    /// </summary>
    public IReadOnlyList<string> SuppressedBy { get; init; } = [];

    /// <summary>Whether a known event suppressed this warning or failure.</summary>
    public bool IsSuppressed => SuppressedBy.Count > 0;

    /// <summary>The status that counts for the run's verdict and for gates: <see cref="Status"/>, or pass when suppressed.</summary>
    public CheckStatus CountedStatus => IsSuppressed ? CheckStatus.Pass : Status;
}
