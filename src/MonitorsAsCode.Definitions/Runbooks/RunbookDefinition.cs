using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>
/// What to do when an alert fires: what it means, why it usually happens, how to stop the damage,
/// how to find the cause and whom to call. Monitors name it by <see cref="Id"/> in their
/// <c>runbook:</c> field; generated wiki pages print it under every monitor that names it.
/// Prose fields are Markdown; raw HTML in them is shown as text.
/// </summary>
public sealed record RunbookDefinition(string Id, string Meaning)
{
    /// <summary>The heading of the runbook; the id when not given.</summary>
    public string? Title { get; init; }

    /// <summary>Probable causes, most likely first.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>Immediate mitigations, in the order to try them.</summary>
    public IReadOnlyList<RunbookMitigation> Mitigations { get; init; } = [];

    /// <summary>Diagnostic steps: what to look at (dashboard panels) and what to run (queries).</summary>
    public IReadOnlyList<RunbookDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Who owns the alert, who is on call, and how fast a page must be acknowledged; null when not written.</summary>
    public RunbookEscalation? Escalation { get; init; }

    /// <summary>Where the runbook was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;
}
