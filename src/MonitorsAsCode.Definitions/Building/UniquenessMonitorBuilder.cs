using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A uniqueness monitor: the share of rows repeating an earlier row's key, with upper limits in [0, 1].</summary>
public sealed class UniquenessMonitorBuilder : UpperLimitMonitorBuilder<UniquenessMonitorBuilder>
{
    internal UniquenessMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }
}
