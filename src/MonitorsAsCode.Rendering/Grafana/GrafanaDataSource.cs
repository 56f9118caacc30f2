namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A reference to a data source: the Prometheus one chosen in the dashboard's variable.</summary>
public sealed record GrafanaDataSource(string Type, string Uid)
{
    /// <summary>The data source the <c>datasource</c> variable selects.</summary>
    public static GrafanaDataSource Prometheus { get; } = new("prometheus", "${datasource}");
}
