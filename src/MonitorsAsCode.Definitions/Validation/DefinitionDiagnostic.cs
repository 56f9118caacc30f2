namespace MonitorsAsCode.Definitions.Validation;

/// <summary>A problem found in the definitions, with the rule it breaks and where.</summary>
public sealed record DefinitionDiagnostic(DiagnosticRule Rule, string Message, SourceLocation? Location)
{
    /// <summary>Whether the definitions cannot run because of it.</summary>
    public bool IsError => Rule.Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild-style line: <c>file(line,col): error MAC0003: message</c>.</summary>
    public override string ToString()
    {
        var severity = Rule.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Location is null
            ? $"{severity} {Rule.Id}: {Message}"
            : $"{Location}: {severity} {Rule.Id}: {Message}";
    }
}
