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

    private static (int ExitCode, string Output) Run(string? directory, string? input, string[] arguments) =>
        ExternalTool.Run("promtool", Missing, directory, input, arguments);
}
