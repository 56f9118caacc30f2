namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>The dashboard's variables.</summary>
public sealed record GrafanaTemplating(IReadOnlyList<GrafanaVariable> List);
