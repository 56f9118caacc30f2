namespace MonitorsAsCode.Cli.Commands;

/// <summary>Where the command writes and what it can tell about its terminal: the seams the tests replace.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The clock, for freshness when no as-of instant is given.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The process's real console, writing UTF-8 whatever the locale's charset, since JSON and JUnit declare UTF-8.</summary>
    public static CliEnvironment FromConsole()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        return new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }
}
