using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>What a check sees: its monitor and dataset, what the pass over each snapshot found for it, and the run's as-of instant.</summary>
internal sealed record CheckContext(
    MonitorDefinition Monitor,
    DatasetDefinition Dataset,
    SnapshotFacts Current,
    SnapshotFacts? Reference,
    DateTimeOffset AsOf,
    AsOfSource AsOfSource)
{
    /// <summary>
    /// How much time the judged window covers for each unit of time the reference covers: 1 for whole snapshots and a
    /// fixed reference; for a reference window, the window's length over the reference's (1/28 for a day against 28
    /// days, 1/4 for a day against the same weekday of four weeks), so counts compare per unit of time.
    /// </summary>
    public double ReferenceShare { get; init; } = 1;

    /// <summary>Why the dataset's separate labels snapshot could not be read, or null.</summary>
    public string? LabelsProblem { get; init; }

    /// <summary>The reference snapshot; the validator guarantees it for checks that compare against it.</summary>
    public SnapshotFacts RequireReference() =>
        Reference ?? throw new CheckException($"dataset '{Dataset.Id}' has no reference snapshot");

    /// <summary>The monitor's single column name.</summary>
    public string SingleColumn() => Monitor.Column ?? throw new CheckException($"monitor '{Monitor.Id}' needs exactly one column");
}
