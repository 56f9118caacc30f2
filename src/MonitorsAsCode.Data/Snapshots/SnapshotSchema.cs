namespace MonitorsAsCode.Data.Snapshots;

/// <summary>The columns a snapshot holds, in file order.</summary>
public sealed record SnapshotSchema(IReadOnlyList<SnapshotField> Fields)
{
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
