namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>
/// An annotation query of a dashboard: a known event, drawn as a region over the time series while the runs judged
/// windows inside it (the series of <c>monitors_check_event</c> for that event exist, <see cref="Expr"/>), or over its
/// declared span from the history store's data source (<see cref="Target"/>, one constant SQL row).
/// </summary>
public sealed record GrafanaAnnotation(string Name, string? Expr, string IconColor)
{
    /// <summary>The data source the query runs against: the Prometheus data source the dashboard's variable selects.</summary>
    public GrafanaDataSource Datasource { get; init; } = GrafanaDataSource.Prometheus;

    /// <summary>Whether the annotation is shown when the dashboard opens.</summary>
    public bool Enable { get; init; } = true;

    /// <summary>The resolution the query is evaluated at.</summary>
    public string Step { get; init; } = "1m";

    /// <summary>The annotation's title on hover.</summary>
    public string? TitleFormat { get; init; }

    /// <summary>The annotation's text on hover: the event's kind, effect, span and description (inert Markdown).</summary>
    public string? TextFormat { get; init; }

    /// <summary>For an annotation from a SQL data source: its query, which returns <c>time</c>, <c>timeend</c>, <c>text</c> and <c>tags</c>.</summary>
    public GrafanaTarget? Target { get; init; }
}
