namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>How a <c>dotnet</c> child process ended: its exit code and everything it wrote.</summary>
internal sealed record DotnetOutcome(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Standard output then standard error, as one text to search.</summary>
    public string All => Output + Error;

    /// <summary>The command and its output, for a failure message.</summary>
    public override string ToString() => $"{Command} exited {ExitCode}\n{Output}\n{Error}";
}
