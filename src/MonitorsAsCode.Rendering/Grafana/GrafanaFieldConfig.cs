namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>How a panel shows its values: unit, range, thresholds.</summary>
public sealed record GrafanaFieldConfig(GrafanaFieldDefaults Defaults)
{
    public IReadOnlyList<object> Overrides { get; init; } = [];
}
