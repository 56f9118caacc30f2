namespace MonitorsAsCode.Cli.Commands;

/// <summary>Where the command writes and what it can tell about its terminal: the seams the tests replace.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The clock, for freshness when no as-of instant is given.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Reads an environment variable (the PostgreSQL history's connection string); null when unset.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The process's real console, writing UTF-8 whatever the locale's charset, since JSON and JUnit declare UTF-8.</summary>
    public static CliEnvironment FromConsole()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        return new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }
}
