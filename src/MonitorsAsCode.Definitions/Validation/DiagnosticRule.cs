namespace MonitorsAsCode.Definitions.Validation;

/// <summary>A validation rule: its id, a short title, how severe it is, and where its documentation is.</summary>
public sealed record DiagnosticRule(string Id, string Title, DiagnosticSeverity Severity)
{
    /// <summary>The rule's page, relative to the repository root.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    /// <summary>The rule's page in the repository (<see cref="HelpPath"/> as its host shows it); <see cref="Links.DocumentationLinks.RulePage"/> places it under a team's own docs site.</summary>
    public string HelpUrl => Links.DocumentationLinks.RulePage(null, Id);
}
