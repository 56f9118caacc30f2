using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>The words generated pages use for statuses, the same as the command's other outputs.</summary>
internal static class StatusText
{
    /// <summary>pass, warn, fail, error, skipped (<see cref="CheckStatusWords"/>).</summary>
    public static string Word(CheckStatus status) => CheckStatusWords.Of(status);

    /// <summary>Problems in capitals: FAIL, ERROR, WARN; then pass, skipped.</summary>
    public static string Label(CheckStatus status) => status switch
    {
        CheckStatus.Fail => "FAIL",
        CheckStatus.Error => "ERROR",
        CheckStatus.Warn => "WARN",
        CheckStatus.Pass => "pass",
        _ => "skipped",
    };

    /// <summary>Worst first, so what needs action comes at the top.</summary>
    public static int Rank(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 0,
        CheckStatus.Error => 1,
        CheckStatus.Warn => 2,
        CheckStatus.Pass => 3,
        _ => 4,
    };
}
