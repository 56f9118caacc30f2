using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>The columns a drift monitor compares: the ones it names, the ones with its roles, or all of them.</summary>
public static class DriftColumns
{
    /// <summary>
    /// The names of the columns <paramref name="monitor"/> compares in <paramref name="dataset"/>: its
    /// <see cref="MonitorDefinition.Columns"/> as written; else, in declaration order, the columns with one of its
    /// <see cref="MonitorDefinition.Roles"/>, or for <c>columns: all</c> every column except identifiers and
    /// event times (which differ between any two windows by construction).
    /// </summary>
    public static IReadOnlyList<string> Select(MonitorDefinition monitor, DatasetDefinition dataset)
    {
        if (monitor.Columns.Count > 0 || (!monitor.AllColumns && monitor.Roles.Count == 0))
        {
            return monitor.Columns;
        }

        var names = new List<string>();
        foreach (var column in dataset.Columns)
        {
            var selected = monitor.AllColumns
                ? column.Role is not (ColumnRole.Id or ColumnRole.EventTime)
                : Contains(monitor.Roles, column.Role);
            if (selected)
            {
                names.Add(column.Name);
            }
        }

        return names;
    }

    private static bool Contains(IReadOnlyList<ColumnRole> roles, ColumnRole role)
    {
        foreach (var candidate in roles)
        {
            if (candidate == role)
            {
                return true;
            }
        }

        return false;
    }
}
