using System.Globalization;
using MonitorsAsCode.Cli.Commands;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>Runs <see cref="MonitorsCli"/> in-process as it runs with its output redirected to files or pipes.</summary>
internal static class CommandLine
{
    public static CommandOutcome Run(params string[] args) => Run(TimeProvider.System, args);

    public static CommandOutcome Run(TimeProvider clock, params string[] args) => Run(clock, Environment.GetEnvironmentVariable, args);

    /// <summary>Runs with <paramref name="variables"/> as the environment (the PostgreSQL history's connection string).</summary>
    public static CommandOutcome Run(Func<string, string?> variables, params string[] args) => Run(TimeProvider.System, variables, args);

    private static CommandOutcome Run(TimeProvider clock, Func<string, string?> variables, string[] args)
    {
        // Console.Out formats with the current culture; so do these, so a culture leak is not masked.
        using var output = new StringWriter(CultureInfo.CurrentCulture);
        using var error = new StringWriter(CultureInfo.CurrentCulture);
        var environment = new CliEnvironment(output, error, OutIsTerminal: false, ErrorIsTerminal: false) { Clock = clock, Variables = variables };
        var exitCode = MonitorsCli.Run(args, environment);
        return new CommandOutcome(exitCode, output.ToString(), error.ToString());
    }
}
