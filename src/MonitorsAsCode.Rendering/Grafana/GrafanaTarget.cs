namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A query of a panel: PromQL (<see cref="Expr"/>), or SQL over a history store (<see cref="RawSql"/> or <see cref="QueryText"/>).</summary>
public sealed record GrafanaTarget(string RefId, string? Expr, string? LegendFormat)
{
    /// <summary>The data source the query runs against: the Prometheus data source the dashboard's variable selects, unless set.</summary>
    public GrafanaDataSource Datasource { get; init; } = GrafanaDataSource.Prometheus;

    /// <summary>True for a query evaluated at the end of the range only (tables and stats).</summary>
    public bool? Instant { get; init; }

    /// <summary><c>table</c> for one row per series (or per SQL row).</summary>
    public string? Format { get; init; }

    /// <summary>For Grafana's SQL data sources (PostgreSQL): <c>code</c>, so the editor shows the SQL as written.</summary>
    public string? EditorMode { get; init; }

    /// <summary>For Grafana's SQL data sources: true, the query is <see cref="RawSql"/> as written.</summary>
    public bool? RawQuery { get; init; }

    /// <summary>For Grafana's SQL data sources (PostgreSQL): the query.</summary>
    public string? RawSql { get; init; }

    /// <summary>For the SQLite plugin (<c>frser-sqlite-datasource</c>): the query.</summary>
    public string? QueryText { get; init; }

    /// <summary>For the SQLite plugin: the query as typed, the same as <see cref="QueryText"/>.</summary>
    public string? RawQueryText { get; init; }

    /// <summary>For the SQLite plugin: the columns holding Unix seconds that it turns into times.</summary>
    public IReadOnlyList<string>? TimeColumns { get; init; }
}
