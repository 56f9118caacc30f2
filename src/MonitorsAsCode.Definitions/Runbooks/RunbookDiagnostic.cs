namespace MonitorsAsCode.Definitions.Runbooks;

/// <summary>One diagnostic step: what to do (Markdown), and optionally a dashboard panel to look at and a query to run.</summary>
public sealed record RunbookDiagnostic(string Text)
{
    /// <summary>The dashboard panel to look at, by title (generated dashboards title a panel after its monitor id).</summary>
    public string? Panel { get; init; }

    /// <summary>A query to run, printed verbatim in a code block.</summary>
    public string? Query { get; init; }

    /// <summary>The query's language for syntax highlighting (<c>sql</c>, <c>promql</c>); null for none.</summary>
    public string? Language { get; init; }
}
