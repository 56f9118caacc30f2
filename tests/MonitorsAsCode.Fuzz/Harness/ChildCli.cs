using System.Diagnostics;
using System.Globalization;
using MonitorsAsCode.Testing;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// Runs the built CLI as its own process, <c>dotnet monitors.dll …</c>, for inputs that could take the test host
/// down with them (a stack overflow cannot be caught): under a watchdog that kills it after a time budget
/// (a hang) and with the GC heap capped (more memory than the bound ends the process, a memory failure).
/// </summary>
internal static class ChildCli
{
    /// <summary>The heap the child may use: 1 GB, far above what any of the small fuzz inputs needs.</summary>
    public const long HeapLimit = 1L << 30;

    private static readonly string EntryAssembly = Path.Combine(AppContext.BaseDirectory, "monitors.dll");

    /// <summary>Runs the command in its own process and checks that it neither hung, ran out of memory nor crashed.</summary>
    public static CliOutcome Run(TimeSpan timeout, params string[] args)
    {
        if (!File.Exists(EntryAssembly))
        {
            throw new InvalidOperationException($"the CLI is not next to the fuzz tests: {EntryAssembly} is missing");
        }

        var start = DotnetProcess.Start(Path.GetTempPath(), [EntryAssembly, .. args]);
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakOf(process));
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new FuzzFailure(FailureKind.Hang, $"'{args.FirstOrDefault()}' did not finish in its own process", $"monitors {string.Join(' ', args)}: killed after {timeout.TotalSeconds} s");
            }
        }

        process.WaitForExit();
        var outcome = new CliOutcome(args, process.ExitCode, output.Result, error.Result);
        if (peak > 2 * HeapLimit)
        {
            throw new FuzzFailure(FailureKind.Memory, $"'{CrashCheck.Verb(outcome)}' peaked over {2 * HeapLimit >> 20} MB of working set", $"{peak >> 20} MB\n{outcome.Describe()}");
        }

        if (outcome.Error.Contains("OutOfMemoryException", StringComparison.Ordinal) || outcome.Error.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
        {
            throw new FuzzFailure(FailureKind.Memory, $"'{CrashCheck.Verb(outcome)}' ran out of its {HeapLimit >> 20} MB heap", outcome.Describe());
        }

        if (outcome.Error.Contains("Stack overflow", StringComparison.Ordinal))
        {
            throw new FuzzFailure(FailureKind.Crash, $"stack overflow in '{CrashCheck.Verb(outcome)}'", outcome.Describe());
        }

        if (outcome.Error.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            var line = outcome.Error.Split('\n').First(l => l.Contains("Unhandled exception", StringComparison.Ordinal));
            var name = line[(line.IndexOf("Unhandled exception", StringComparison.Ordinal) + "Unhandled exception.".Length)..].Split(':')[0].Trim();
            throw new FuzzFailure(FailureKind.Crash, $"unhandled {name} in '{CrashCheck.Verb(outcome)}'", outcome.Describe());
        }

        CrashCheck.Assert(outcome);
        return outcome;
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
