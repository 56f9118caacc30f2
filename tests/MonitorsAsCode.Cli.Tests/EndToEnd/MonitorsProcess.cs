using System.Diagnostics;

namespace MonitorsAsCode.Cli.Tests.EndToEnd;

/// <summary>
/// Runs the built CLI as its own process, <c>dotnet monitors.dll …</c>, from the copy the project
/// reference puts next to the test assembly, with standard output and error redirected.
/// </summary>
internal static class MonitorsProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The CLI's entry assembly next to the test assembly.</summary>
    public static string EntryAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "monitors.dll");

    /// <summary>Runs the CLI with <paramref name="args"/> in the repository root, adding <paramref name="environment"/> to the inherited variables.</summary>
    public static async Task<ProcessOutcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        File.Exists(EntryAssembly).Should().BeTrue("the Cli project's output is copied next to the tests as monitors.dll");
        var start = new ProcessStartInfo(DotnetProcess.Host())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryCheckout.Root,
        };
        start.ArgumentList.Add(EntryAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        using var output = new MemoryStream();
        using var timeout = new CancellationTokenSource(Timeout);
        var copyOutput = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
        var readError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await copyOutput;
            var error = await readError;
            return new ProcessOutcome(process.ExitCode, output.ToArray(), error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"monitors {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }
    }
}
