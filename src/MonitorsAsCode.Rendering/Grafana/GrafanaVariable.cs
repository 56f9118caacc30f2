namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A dashboard variable; the generator declares one, the Prometheus data source to query.</summary>
public sealed record GrafanaVariable(string Name, string Label, string Type, string Query);
