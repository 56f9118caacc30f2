namespace MonitorsAsCode.Cli.Commands;

/// <summary>A mistake in how the command was used or in its inputs: printed as one line, no stack trace.</summary>
public sealed class UserError(string message, int exitCode) : Exception(message)
{
    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; } = exitCode;
}
