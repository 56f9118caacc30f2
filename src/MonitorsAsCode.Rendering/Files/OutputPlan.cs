namespace MonitorsAsCode.Rendering.Files;

/// <summary>How an output folder compares with what would be generated now; paths are relative to the folder.</summary>
public sealed record OutputPlan(IReadOnlyList<string> Created, IReadOnlyList<string> Changed, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed)
{
    /// <summary>Whether the folder already holds exactly what would be generated.</summary>
    public bool IsUpToDate => Created.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
}
