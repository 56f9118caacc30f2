namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>What a monitor's <c>runbook:</c> value names.</summary>
public enum RunbookReferenceKind
{
    /// <summary>A runbook declared in a <c>runbooks:</c> list, by id.</summary>
    Id,

    /// <summary>A file (usually Markdown), relative to the file that declares the monitor.</summary>
    File,

    /// <summary>A web address (<c>https://…</c>), taken as given.</summary>
    Url,
}
