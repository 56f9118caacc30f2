namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>The dashboard's default time range.</summary>
public sealed record GrafanaTimeRange(string From, string To);
