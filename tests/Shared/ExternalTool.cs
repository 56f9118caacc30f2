using System.ComponentModel;
using System.Diagnostics;

namespace MonitorsAsCode.Testing;

/// <summary>
/// Runs a program the tests take as an independent judge (<c>promtool</c>, <c>amtool</c>). A missing program fails the
/// test with <c>missing</c>, which says how to install it, rather than skipping.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string program, string missing, string? directory, string? input, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
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
            process = Process.Start(start) ?? throw new global::Xunit.Sdk.XunitException(missing);
        }
        catch (Win32Exception)
        {
            throw new global::Xunit.Sdk.XunitException(missing);
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
                throw new global::Xunit.Sdk.XunitException(program + " did not answer within 120 s");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
