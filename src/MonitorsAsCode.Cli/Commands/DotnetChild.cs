using System.Diagnostics;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// How the command starts <c>dotnet</c> (to pack the packages for <c>init</c>, to build a definitions
/// project): the same host as the command where it can, output captured, and none of the enclosing
/// build's or test run's MSBuild settings, which would point the child at the wrong SDK pieces.
/// </summary>
internal static class DotnetChild
{
    /// <summary>A start for <c>dotnet <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessStartInfo Start(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Host())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase)
                || name is "_MSBUILDTLENABLED" or "MSBUILD_EXE_PATH")
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>The dotnet host: the one an enclosing SDK names, the one running this command when it runs under dotnet, else the one on the PATH.</summary>
    public static string Host()
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
