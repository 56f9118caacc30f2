namespace MonitorsAsCode.Cli.Commands;

/// <summary>Where the command writes and what it can tell about its terminal: the seams the tests replace.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The clock, for freshness when no as-of instant is given.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The process's real console.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
}
