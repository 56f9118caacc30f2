using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Planning;

/// <summary>
/// What one dataset's monitors need, gathered so each snapshot is read once with only the needed
/// columns: the union of every monitor's current and reference columns.
/// </summary>
internal sealed record DatasetPlan(
    DatasetDefinition Dataset,
    IReadOnlyList<MonitorDefinition> Monitors,
    IReadOnlyList<string> CurrentColumns,
    IReadOnlyList<string> ReferenceColumns,
    bool NeedsReference)
{
    /// <summary>Plans the enabled monitors of one dataset. Columns come out in dataset declaration order.</summary>
    public static DatasetPlan For(DatasetDefinition dataset, IReadOnlyList<MonitorDefinition> monitors)
    {
        // A dataset drift monitor over roles or all columns compares the columns it selects from this dataset.
        var planned = new List<MonitorDefinition>(monitors.Count);
        foreach (var monitor in monitors)
        {
            planned.Add(monitor.IsDatasetDrift && monitor.Columns.Count == 0 ? monitor with { Columns = DriftColumns.Select(monitor, dataset) } : monitor);
        }

        monitors = planned;
        var current = new HashSet<string>(StringComparer.Ordinal);
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var needsReference = false;
        foreach (var monitor in monitors)
        {
            if (!monitor.Enabled)
            {
                continue;
            }

            var check = CheckRegistry.For(monitor.Check);
            current.UnionWith(check.CurrentColumns(monitor));
            current.UnionWith(check.EvidenceColumns(monitor, dataset));
            reference.UnionWith(check.ReferenceColumns(monitor));
            needsReference |= check.NeedsReference(monitor);
        }

        // Completeness shows the reference's null share when the reference is read anyway.
        if (needsReference)
        {
            foreach (var monitor in monitors)
            {
                if (monitor.Enabled && monitor.Check == CheckKind.Completeness)
                {
                    reference.UnionWith(monitor.Columns);
                }
            }
        }

        return new DatasetPlan(dataset, monitors, InDeclarationOrder(dataset, current), InDeclarationOrder(dataset, reference), needsReference || reference.Count > 0);
    }

    private static List<string> InDeclarationOrder(DatasetDefinition dataset, HashSet<string> names)
    {
        var ordered = new List<string>();
        foreach (var column in dataset.Columns)
        {
            if (names.Contains(column.Name))
            {
                ordered.Add(column.Name);
            }
        }

        return ordered;
    }
}
