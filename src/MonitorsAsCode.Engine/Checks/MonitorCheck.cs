using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// One kind of check: which columns it needs from each snapshot and what the pass over each must compute for it (so
/// the planner reads each snapshot once, with only the needed columns, into accumulators), and how it measures from
/// what the passes found.
/// </summary>
internal abstract class MonitorCheck
{
    /// <summary>The check this evaluates.</summary>
    public abstract CheckKind Kind { get; }

    /// <summary>Columns to read from the current snapshot.</summary>
    public virtual IReadOnlyList<string> CurrentColumns(MonitorDefinition monitor) => monitor.Columns;

    /// <summary>Columns to read from the reference snapshot.</summary>
    public virtual IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) => [];

    /// <summary>Whether the reference snapshot must be read at all (even for no columns, to count its rows).</summary>
    public virtual bool NeedsReference(MonitorDefinition monitor) => ReferenceColumns(monitor).Count > 0;

    /// <summary>
    /// Columns of the current snapshot that enrich the evidence when present (for example the
    /// segments that nulls concentrate in); unlike <see cref="CurrentColumns"/> they are optional.
    /// </summary>
    public virtual IReadOnlyList<string> EvidenceColumns(MonitorDefinition monitor, DatasetDefinition dataset) => [];

    /// <summary>Measures the monitor. Throws <see cref="CheckException"/> when it cannot.</summary>
    public abstract Measurement Measure(CheckContext context);

    /// <summary>What the pass over the reference computes for <paramref name="monitor"/>; by default, its columns' profiles.</summary>
    internal virtual void PlanReference(MonitorDefinition monitor, ScanPlan plan) => plan.Read(ReferenceColumns(monitor));

    /// <summary>
    /// What the pass over the current snapshot computes for <paramref name="monitor"/>, knowing what the reference's pass
    /// found (the reference is read first); by default, its columns' profiles.
    /// </summary>
    internal virtual void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf) => plan.Read(CurrentColumns(monitor));
}
