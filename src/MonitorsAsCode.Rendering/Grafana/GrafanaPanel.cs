using System.Text.Json.Serialization;

namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A panel: a row heading (<c>row</c>), a time series, a stat or a table.</summary>
public sealed record GrafanaPanel(int Id, string Type, string Title, [property: JsonPropertyOrder(1)] GrafanaGridPosition GridPos)
{
    /// <summary>The text Grafana shows in the panel's info tooltip: what the panel measures.</summary>
    public string? Description { get; init; }

    /// <summary>The data source the panel's queries run against; null for rows, which query nothing.</summary>
    public GrafanaDataSource? Datasource { get; init; }

    /// <summary>The PromQL queries whose results the panel draws; null for rows.</summary>
    public IReadOnlyList<GrafanaTarget>? Targets { get; init; }

    /// <summary>The unit, bounds and thresholds the panel draws its values with; null for rows.</summary>
    public GrafanaFieldConfig? FieldConfig { get; init; }

    /// <summary>Panel options, as the panel type defines them.</summary>
    public IReadOnlyDictionary<string, object>? Options { get; init; }

    /// <summary>For rows: whether the row starts folded.</summary>
    public bool? Collapsed { get; init; }

    /// <summary>For rows: the panels a folded row holds (empty: its panels follow it on the grid).</summary>
    public IReadOnlyList<GrafanaPanel>? Panels { get; init; }

    /// <summary>Links in the panel's header: the monitor's or SLO's wiki page, when the definitions name a <c>runbook_base_url</c>.</summary>
    public IReadOnlyList<GrafanaLink>? Links { get; init; }
}
