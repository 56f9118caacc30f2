using System.ComponentModel;
using System.Diagnostics;

namespace MonitorsAsCode.Testing;

/// <summary>
/// Runs Prometheus's <c>promtool</c>, the independent judge of generated rules and of the PromQL checks. A missing
/// promtool fails the test with a message saying how to get it, rather than skipping: rules are only known to be
/// valid, and our verdicts to agree with Prometheus's, once promtool has said so.
/// </summary>
internal static class Promtool
{
    public const string Missing =
        "promtool is not installed, so Prometheus rules and queries cannot be checked: install Debian's 'prometheus' package (apt-get install --no-install-recommends prometheus); dotnet test installs it when run as root (tests/test-tools.sh)";

    /// <summary>Runs promtool with <paramref name="arguments"/> in <paramref name="directory"/>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments) => Run(directory, null, arguments);

    /// <summary>As <see cref="Run(string, string[])"/>, writing <paramref name="input"/> to promtool's standard input.</summary>
    public static (int ExitCode, string Output) RunWithInput(string input, params string[] arguments) => Run(null, input, arguments);

    private static (int ExitCode, string Output) Run(string? directory, string? input, string[] arguments)
    {
        var start = new ProcessStartInfo("promtool")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

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
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new global::Xunit.Sdk.XunitException("promtool did not answer within 120 s");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
