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

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Timezone { get; init; } = "utc";

    public int SchemaVersion { get; init; } = PinnedSchemaVersion;

    public int Version { get; init; } = 1;

    public bool Editable { get; init; } = true;

    /// <summary>1: a shared crosshair across panels.</summary>
    public int GraphTooltip { get; init; } = 1;

    public GrafanaTimeRange Time { get; init; } = new("now-30d", "now");

    public string Refresh { get; init; } = string.Empty;

    public GrafanaTemplating Templating { get; init; } = new([]);
}
