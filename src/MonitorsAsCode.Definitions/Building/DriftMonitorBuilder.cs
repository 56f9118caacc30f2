using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A drift monitor: how far a column's current distribution has moved from the reference.</summary>
public sealed class DriftMonitorBuilder : UpperLimitMonitorBuilder<DriftMonitorBuilder>
{
    internal DriftMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
        Locations.Set("method", location);
    }

    /// <summary>Number of quantile bins for numeric columns (default 10, the reference's deciles).</summary>
    public DriftMonitorBuilder Bins(int bins)
    {
        Definition = Definition with { Bins = bins };
        return this;
    }
}
