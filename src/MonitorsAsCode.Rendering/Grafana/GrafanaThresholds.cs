namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>Absolute thresholds: colours from a base step upwards.</summary>
public sealed record GrafanaThresholds(IReadOnlyList<GrafanaThresholdStep> Steps)
{
    /// <summary>How step values are read: <c>absolute</c>, in the metric's own unit (the monitor's warn and fail limits).</summary>
    public string Mode { get; init; } = "absolute";
}
