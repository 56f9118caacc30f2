namespace MonitorsAsCode.Definitions.Validation;

/// <summary>A problem found in the definitions, with the rule it breaks and where.</summary>
public sealed record DefinitionDiagnostic(DiagnosticRule Rule, string Message, SourceLocation? Location)
{
    /// <summary>Whether the definitions cannot run because of it.</summary>
    public bool IsError => Rule.Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The MSBuild-style line: <c>file(line,col): error MAC0003: message</c>. Control characters in the
    /// file name or the message (a quoted id holding a newline or an ESC) are shown as escapes, so the
    /// diagnostic stays one line that CI cannot mistake for another.
    /// </summary>
    public override string ToString()
    {
        var severity = Rule.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Location is null
            ? $"{severity} {Rule.Id}: {VisibleText.Escape(Message)}"
            : $"{VisibleText.Escape(Location.ToString())}: {severity} {Rule.Id}: {VisibleText.Escape(Message)}";
    }
}
