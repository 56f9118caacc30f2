namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>The dashboard's annotation queries (<c>annotations.list</c> in Grafana's JSON model).</summary>
public sealed record GrafanaAnnotations(IReadOnlyList<GrafanaAnnotation> List);
