namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>One immediate mitigation: the kind of action and what exactly to do (Markdown).</summary>
public sealed record RunbookMitigation(MitigationAction Action, string Text);
