using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>The SLOs read from OpenSLO documents, and every field or object that was not imported.</summary>
public sealed record OpenSloImport(IReadOnlyList<SloDefinition> Slos, IReadOnlyList<OpenSloIssue> Issues)
{
    /// <summary>Whether an object could not be imported at all.</summary>
    public bool HasErrors => Issues.Any(i => i.IsError);
}
