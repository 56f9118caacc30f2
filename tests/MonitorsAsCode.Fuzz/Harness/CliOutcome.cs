namespace MonitorsAsCode.Fuzz.Harness;

/// <summary>What one run of the <c>monitors</c> command produced.</summary>
internal sealed record CliOutcome(IReadOnlyList<string> Args, int ExitCode, string Out, string Error)
{
    /// <summary>The command as typed, for failure messages.</summary>
    public string Command => "monitors " + string.Join(' ', Args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));

    /// <summary>The command, its exit code and the start of what it printed.</summary>
    public string Describe() =>
        $"{Command} → exit {ExitCode}\nstdout: {Cut(Out)}\nstderr: {Cut(Error)}";

    private static string Cut(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
