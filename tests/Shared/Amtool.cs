using System.ComponentModel;
using System.Diagnostics;

namespace MonitorsAsCode.Testing;

/// <summary>
/// Runs Alertmanager's <c>amtool</c>, the independent judge of the generated Alertmanager configuration. A missing amtool
/// fails the test with a message saying how to get it, rather than skipping: a configuration is only known to load once
/// Alertmanager's own parser has said so.
/// </summary>
internal static class Amtool
{
    public const string Missing =
        "amtool is not installed, so Alertmanager configurations cannot be checked: install Debian's 'prometheus-alertmanager' package (apt-get install --no-install-recommends prometheus-alertmanager); dotnet test installs it when run as root (tests/test-tools.sh)";

    /// <summary>Runs amtool with <paramref name="arguments"/> in <paramref name="directory"/>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("amtool")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new global::Xunit.Sdk.XunitException(Missing);
        }
        catch (Win32Exception)
        {
            throw new global::Xunit.Sdk.XunitException(Missing);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new global::Xunit.Sdk.XunitException("amtool did not answer within 120 s");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
