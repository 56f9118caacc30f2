namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// What a monitor measures: its name, unit, the values it can take, and whether a threshold is an
/// upper limit (higher is worse), a lower limit (smaller is worse, as for p-values) or a band (too
/// low and too high are both bad).
/// </summary>
public sealed record MetricDescription(string Name, MetricUnit Unit, double Minimum, double Maximum, bool IsBand)
{
    /// <summary>Whether warn/fail thresholds apply to this metric at all.</summary>
    public bool AcceptsThresholds { get; init; } = true;

    /// <summary>
    /// Whether a smaller value is worse, as for a p-value: a threshold written as one number is then a
    /// lower limit (<c>warn: 0.05</c> is breached below 0.05).
    /// </summary>
    public bool SmallerIsWorse { get; init; }
}
