using System.Text.Json.Serialization;

namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>A threshold step: the colour from <see cref="Value"/> upwards; the base step's value is null.</summary>
public sealed record GrafanaThresholdStep(string Color, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Value);
