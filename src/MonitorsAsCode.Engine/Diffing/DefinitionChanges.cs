namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// Every change between two versions of the definitions, in a stable order: risky changes first,
/// then by subject id (ordinal), then by <see cref="ChangeKind"/>.
/// </summary>
public sealed record DefinitionChanges(IReadOnlyList<DefinitionChange> Changes)
{
    /// <summary>Whether any change loosens the protection (a loosened threshold, a removed monitor, …).</summary>
    public bool HasRisky => Count(ChangeRisk.Risky) > 0;

    /// <summary>The number of changes of this risk.</summary>
    public int Count(ChangeRisk risk)
    {
        var count = 0;
        foreach (var change in Changes)
        {
            if (change.Risk == risk)
            {
                count++;
            }
        }

        return count;
    }
}
