namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// What a monitor measures: its name, unit, the values it can take, and whether a threshold is an
/// upper limit (higher is worse) or a band (too low and too high are both bad).
/// </summary>
public sealed record MetricDescription(string Name, MetricUnit Unit, double Minimum, double Maximum, bool IsBand)
{
    /// <summary>Whether warn/fail thresholds apply to this metric at all.</summary>
    public bool AcceptsThresholds { get; init; } = true;
}
