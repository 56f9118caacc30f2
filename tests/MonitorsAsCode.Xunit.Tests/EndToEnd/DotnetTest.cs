using System.Diagnostics;
using System.Reflection;

namespace MonitorsAsCode.Xunit.Tests.EndToEnd;

/// <summary>
/// Runs <c>dotnet test</c> as a child process in the repository root, as a person would type it,
/// with this run's build configuration. Its output is captured, never echoed, so the summary lines
/// of the child's deliberately failing run cannot be mistaken for this run's.
/// </summary>
internal static class DotnetTest
{
    /// <summary>Longest a child may take, restore and build included.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The configuration this test assembly was built in, so the child reuses its build outputs.</summary>
    public static string Configuration { get; } =
        typeof(DotnetTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Runs <c>dotnet test</c> with <paramref name="args"/>.</summary>
    public static async Task<ProcessOutcome> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.FullPath,
        };
        start.ArgumentList.Add("test");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Variables the outer `dotnet test` set for its own MSBuild and test host; the child sets its own.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("MSBuildExtensionsPath", StringComparison.OrdinalIgnoreCase)
                || name is "MSBuildSDKsPath" or "MSBuildLoadMicrosoftTargetsReadOnly" or "_MSBUILDTLENABLED" or "MSBUILD_EXE_PATH")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var command = "dotnet test " + string.Join(' ', args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new ProcessOutcome(command, process.ExitCode, await output, await error);
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
