namespace MonitorsAsCode.Rendering.Site;

/// <summary>
/// The runbook a monitor names, as its page prints it: a declared runbook (<see cref="IsDefined"/>),
/// the Markdown of a runbook file (<see cref="IsFile"/>), a link (<see cref="IsUrl"/>), or a reference
/// that points at nothing (<see cref="IsMissing"/>, which validation normally prevents).
/// </summary>
internal sealed record RunbookView(string Reference, string Kind)
{
    public bool IsDefined => Kind == "runbook";

    public bool IsFile => Kind == "file";

    public bool IsUrl => Kind == "url";

    public bool IsMissing => Kind == "missing";

    public string? Title { get; init; }

    public string? Meaning { get; init; }

    public IReadOnlyList<string> Causes { get; init; } = [];

    public IReadOnlyList<MitigationView> Mitigations { get; init; } = [];

    public IReadOnlyList<DiagnosticView> Diagnostics { get; init; } = [];

    public EscalationView? Escalation { get; init; }

    /// <summary>
    /// For a web address with the http or https scheme: the address with the characters that would end a
    /// Markdown link percent-encoded, so <c>({{ runbook.href }})</c> writes it as it is; null otherwise.
    /// </summary>
    public Templates.TemplateMarkup? Href { get; init; }

    /// <summary>A runbook file's Markdown, its headings moved under the page's runbook heading.</summary>
    public string? Text { get; init; }
}
