namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>Where a panel sits on the dashboard's 24-column grid.</summary>
public sealed record GrafanaGridPosition(int H, int W, int X, int Y);
