using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>A model's data: where its snapshots are and what each column is.</summary>
public sealed record DatasetDefinition(
    string Id,
    string? Owner,
    SnapshotPaths Snapshots,
    IReadOnlyList<ColumnDefinition> Columns)
{
    /// <summary>A sentence for people reading the definitions and generated pages.</summary>
    public string? Description { get; init; }

    /// <summary>Where the labels come from and when predictions mature (<c>labels:</c>); null to use the column of role label as it is.</summary>
    public LabelSource? Labels { get; init; }

    /// <summary>Where the dataset was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>The declared column with this name (ordinal comparison), or null.</summary>
    public ColumnDefinition? FindColumn(string name)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.Name, name, System.StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>The label column: the one <see cref="Labels"/> names, else the first declared column of role label; null when there is none.</summary>
    public string? LabelColumn => Labels?.Label ?? FirstOfRole(ColumnRole.Label);

    /// <summary>The first declared column of <paramref name="role"/>, or null.</summary>
    public string? FirstOfRole(ColumnRole role)
    {
        foreach (var column in Columns)
        {
            if (column.Role == role)
            {
                return column.Name;
            }
        }

        return null;
    }
}
