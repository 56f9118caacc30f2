using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// One kind of check: which columns it needs from each snapshot (so the planner reads each
/// snapshot once with only the needed columns) and how it measures.
/// </summary>
public abstract class MonitorCheck
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
}
