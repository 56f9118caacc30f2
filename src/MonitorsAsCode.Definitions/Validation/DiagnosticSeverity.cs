namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Whether a diagnostic stops the definitions from running.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The definitions cannot run until it is fixed.</summary>
    Error,

    /// <summary>Worth fixing; the definitions still run.</summary>
    Warning,
}
