using System.Diagnostics;

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
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name is "_MSBUILDTLENABLED" or "MSBUILD_EXE_PATH")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var command = $"dotnet {string.Join(' ', args)} (in {workingDirectory})";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new DotnetOutcome(command, process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {Timeout.TotalMinutes} minutes");
        }
    }

    /// <summary>The dotnet host running these tests, so the child uses the same SDK.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } processPath
            && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
