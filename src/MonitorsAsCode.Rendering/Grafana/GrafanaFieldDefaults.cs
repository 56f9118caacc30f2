namespace MonitorsAsCode.Rendering.Grafana;

/// <summary>Field defaults: the unit, optional bounds, the thresholds, and how thresholds are drawn.</summary>
public sealed record GrafanaFieldDefaults(string Unit, GrafanaThresholds Thresholds)
{
    /// <summary>The lowest value the axis or gauge shows, such as 0 for a share; null lets Grafana choose from the data.</summary>
    public double? Min { get; init; }

    /// <summary>The highest value the axis or gauge shows, such as 1 for a share; null lets Grafana choose from the data.</summary>
    public double? Max { get; init; }

    /// <summary>Panel-type specific settings; for time series, how thresholds are drawn.</summary>
    public IReadOnlyDictionary<string, object>? Custom { get; init; }
}
