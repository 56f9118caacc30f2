namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>How a child process ended: its exit code and everything it wrote, standard output then standard error.</summary>
public sealed record ProcessOutcome(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>The command and its output, for a failure message.</summary>
    public override string ToString() => $"{Command} exited {ExitCode}\n{Output}\n{Error}";
}
