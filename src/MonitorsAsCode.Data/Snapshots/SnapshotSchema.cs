namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// The columns a snapshot holds, in file order: <see cref="Fields"/> are the flat columns readers return;
/// <see cref="NestedFields"/> the structured ones (Parquet structs, lists and maps), which are listed but not read.
/// </summary>
public sealed record SnapshotSchema(IReadOnlyList<SnapshotField> Fields)
{
    /// <summary>Top-level struct, list and map columns, in file order; empty for formats that have none.</summary>
    public IReadOnlyList<NestedField> NestedFields { get; init; } = [];

    /// <summary>The nested field with this name (ordinal), or null.</summary>
    public NestedField? FindNested(string name)
    {
        foreach (var field in NestedFields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The field with this name (ordinal), or null.</summary>
    public SnapshotField? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
