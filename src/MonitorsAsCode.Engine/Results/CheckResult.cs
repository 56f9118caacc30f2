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

    /// <summary>The drift method used, when the check is drift.</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Who responds.</summary>
    public string? Owner { get; init; }

    /// <summary>The runbook to follow.</summary>
    public string? Runbook { get; init; }
}
