namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>Field defaults: the unit, optional bounds, the thresholds, and how thresholds are drawn.</summary>
public sealed record GrafanaFieldDefaults(string Unit, GrafanaThresholds Thresholds)
{
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Panel-type specific settings; for time series, how thresholds are drawn.</summary>
    public IReadOnlyDictionary<string, object>? Custom { get; init; }
}
