namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>
/// Runs <c>dotnet …</c> as a child process in a given folder, as a person would type it there, with its output
/// captured for the failure message. No build server or node outlives the command, the CLI talks English
/// whatever the machine's language, and variables the enclosing <c>dotnet test</c> set for its own MSBuild
/// and test host are not passed on.
/// </summary>
internal static class DotnetCommand
{
    /// <summary>Longest a command may take; <c>monitors init</c> compiles six projects on a machine that may be busy.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(25);

    /// <summary>Runs <c>dotnet <paramref name="args"/></c> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<DotnetOutcome> RunAsync(string workingDirectory, params string[] args)
    {
        var start = DotnetProcess.Start(workingDirectory, args);
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var command = $"dotnet {string.Join(' ', args)} (in {workingDirectory})";
        var (exitCode, output, error) = await DotnetProcess.RunAsync(start, Timeout, command);
        return new DotnetOutcome(command, exitCode, output, error);
    }
}
