using System.Globalization;
using MonitorsAsCode.Cli;
using MonitorsAsCode.Cli.Commands;

namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>
/// Runs the <c>monitors</c> command line in-process, as <c>Program</c> does, with standard output and error
/// captured as when redirected to a file: an exception out of <see cref="MonitorsCli.Run"/> is what a user
/// would see as an unhandled exception and a stack trace, so it is a crash.
/// </summary>
internal static class InProcessCli
{
    /// <summary>The instant the runs see as now; every generated dataset has its own captured_at besides.</summary>
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the command and checks that it did not crash.</summary>
    public static CliOutcome Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.CurrentCulture);
        using var error = new StringWriter(CultureInfo.CurrentCulture);
        var environment = new CliEnvironment(output, error, OutIsTerminal: false, ErrorIsTerminal: false) { Clock = new FixedClock(Now) };
        int exitCode;
        try
        {
            exitCode = MonitorsCli.Run(args, environment);
        }
        catch (OutOfMemoryException exception)
        {
            throw new FuzzFailure(FailureKind.Memory, $"out of memory in '{args.FirstOrDefault()}'", $"monitors {string.Join(' ', args)}\n{exception}");
        }
        catch (Exception exception) when (exception is not FuzzFailure)
        {
            var outcome = new CliOutcome(args, -1, output.ToString(), error.ToString());
            throw new FuzzFailure(FailureKind.Crash, CrashSymptom.Of(exception), $"{outcome.Describe()}\n{exception}");
        }

        var finished = new CliOutcome(args, exitCode, output.ToString(), error.ToString());
        CrashCheck.Assert(finished);
        return finished;
    }
}
