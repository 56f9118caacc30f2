namespace MonitorsAsCode.Rendering.Site;

/// <summary>A mitigation: its action word (<c>rollback</c>; empty for <c>other</c>) and its Markdown text.</summary>
internal sealed record MitigationView(string Action, string Text)
{
    public bool HasAction => Action.Length > 0;
}
