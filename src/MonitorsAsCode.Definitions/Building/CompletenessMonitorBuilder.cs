using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A completeness monitor: the share of null rows in a column, with upper limits in [0, 1].</summary>
public sealed class CompletenessMonitorBuilder : UpperLimitMonitorBuilder<CompletenessMonitorBuilder>
{
    internal CompletenessMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }
}
