using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>What a check sees: its monitor and dataset, the snapshots read for it, and the run's as-of instant.</summary>
public sealed record CheckContext(
    MonitorDefinition Monitor,
    DatasetDefinition Dataset,
    SnapshotTable Current,
    SnapshotTable? Reference,
    DateTimeOffset AsOf,
    AsOfSource AsOfSource)
{
    /// <summary>The reference snapshot; the validator guarantees it for checks that compare against it.</summary>
    public SnapshotTable RequireReference() =>
        Reference ?? throw new CheckException($"dataset '{Dataset.Id}' has no reference snapshot");

    /// <summary>The monitor's single column in the current snapshot.</summary>
    public Data.Columns.Column CurrentColumn() => Current[SingleColumn()];

    /// <summary>The monitor's single column name.</summary>
    public string SingleColumn() => Monitor.Column ?? throw new CheckException($"monitor '{Monitor.Id}' needs exactly one column");
}
