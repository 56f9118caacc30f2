using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A schema monitor: every declared column is present with its type. It fails on any problem and takes no thresholds.</summary>
public sealed class SchemaMonitorBuilder : MonitorDefinitionBuilder<SchemaMonitorBuilder>
{
    internal SchemaMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>What to do about columns the snapshot has but the dataset does not declare (default: warn).</summary>
    public SchemaMonitorBuilder UnexpectedColumns(UnexpectedColumns policy)
    {
        Definition = Definition with { UnexpectedColumns = policy };
        return this;
    }
}
