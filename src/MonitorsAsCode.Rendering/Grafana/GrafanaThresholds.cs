namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>Absolute thresholds: colours from a base step upwards.</summary>
public sealed record GrafanaThresholds(IReadOnlyList<GrafanaThresholdStep> Steps)
{
    public string Mode { get; init; } = "absolute";
}
