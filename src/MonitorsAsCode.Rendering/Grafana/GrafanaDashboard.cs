using System.Text.Json.Serialization;

namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>
/// A Grafana dashboard as its JSON model has it (the fields this generator sets). Serialized by
/// <see cref="GrafanaDashboards.Serialize"/> with camel-case names.
/// </summary>
public sealed record GrafanaDashboard(string Uid, string Title, [property: JsonPropertyOrder(1)] IReadOnlyList<GrafanaPanel> Panels)
{
    /// <summary>The JSON model version the panels are written for; pinned so Grafana does not migrate, and rewrite, a provisioned file.</summary>
    public const int PinnedSchemaVersion = 39;

    /// <summary>The text Grafana shows under the dashboard's title in its list and settings: what the dashboard monitors.</summary>
    public string? Description { get; init; }

    /// <summary>Tags to find the dashboard by in Grafana's search.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The time zone the time axis is drawn in; <c>utc</c>, so every reader sees the times the monitors report.</summary>
    public string Timezone { get; init; } = "utc";

    /// <summary>The JSON model version of this file, <see cref="PinnedSchemaVersion"/>: Grafana migrates older models on load.</summary>
    public int SchemaVersion { get; init; } = PinnedSchemaVersion;

    /// <summary>The dashboard's revision; Grafana raises it on every save from its editor.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Whether Grafana lets a viewer change the dashboard in its editor.</summary>
    public bool Editable { get; init; } = true;

    /// <summary>1: a shared crosshair across panels.</summary>
    public int GraphTooltip { get; init; } = 1;

    /// <summary>The time range the dashboard opens with: the last 30 days, the usual SLO window.</summary>
    public GrafanaTimeRange Time { get; init; } = new("now-30d", "now");

    /// <summary>How often Grafana reloads the panels (<c>1m</c>, <c>5m</c>); empty for never.</summary>
    public string Refresh { get; init; } = string.Empty;

    /// <summary>The known events of the dataset as annotation queries; null (not written) when it has none.</summary>
    public GrafanaAnnotations? Annotations { get; init; }

    /// <summary>The dashboard's variables, shown as drop-downs above the panels.</summary>
    public GrafanaTemplating Templating { get; init; } = new([]);
}
