namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A PromQL query of a panel.</summary>
public sealed record GrafanaTarget(string RefId, string Expr, string LegendFormat)
{
    /// <summary>The data source the query runs against: the Prometheus data source the dashboard's variable selects.</summary>
    public GrafanaDataSource Datasource { get; init; } = GrafanaDataSource.Prometheus;

    /// <summary>True for a query evaluated at the end of the range only (tables and stats).</summary>
    public bool? Instant { get; init; }

    /// <summary><c>table</c> for one row per series.</summary>
    public string? Format { get; init; }
}
