namespace MonitorsAsCode.Testing;

/// <summary>
/// Runs Alertmanager's <c>amtool</c>, the independent judge of the generated Alertmanager configuration. A missing amtool
/// fails the test with a message saying how to get it, rather than skipping: a configuration is only known to load once
/// Alertmanager's own parser has said so.
/// </summary>
internal static class Amtool
{
    public const string Missing =
        "amtool is not installed, so Alertmanager configurations cannot be checked: install Debian's 'prometheus-alertmanager' package (apt-get install --no-install-recommends prometheus-alertmanager); dotnet test installs it when run as root (tests/test-tools.sh)";

    /// <summary>Runs amtool with <paramref name="arguments"/> in <paramref name="directory"/>; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments) =>
        ExternalTool.Run("amtool", Missing, directory, null, arguments);
}
