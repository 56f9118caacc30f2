namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>How a panel shows its values: unit, range, thresholds.</summary>
public sealed record GrafanaFieldConfig(GrafanaFieldDefaults Defaults)
{
    /// <summary>Settings for particular series that differ from <see cref="Defaults"/>; none are generated.</summary>
    public IReadOnlyList<object> Overrides { get; init; } = [];
}
