using System.ComponentModel;
using System.Diagnostics;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>
/// Runs Prometheus's <c>promtool</c>, the independent judge of the PromQL checks. A missing promtool fails the
/// test with a message saying how to get it, rather than skipping: agreement is only shown when promtool ran.
/// </summary>
internal static class Promtool
{
    public const string Missing =
        "promtool is not installed, so the PromQL checks cannot be compared with Prometheus: install Debian's 'prometheus' package (apt-get install --no-install-recommends prometheus); .ci/run installs it";

    /// <summary>Runs promtool with <paramref name="arguments"/> in <paramref name="directory"/>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(Missing);
        }
        catch (Win32Exception)
        {
            throw new Xunit.Sdk.XunitException(Missing);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
