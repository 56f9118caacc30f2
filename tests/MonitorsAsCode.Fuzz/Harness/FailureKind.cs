namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>What went wrong in a fuzz case.</summary>
internal enum FailureKind
{
    /// <summary>An unhandled exception, an exit code the command does not document, or a stack trace in its output.</summary>
    Crash,

    /// <summary>The case did not finish within its time budget.</summary>
    Hang,

    /// <summary>The case allocated more than its bound, or ran out of memory.</summary>
    Memory,

    /// <summary>The command succeeded but what it wrote is not valid: rules promtool refuses, XML or JSON that does not parse, unescaped hostile text.</summary>
    InvalidOutput,
}
