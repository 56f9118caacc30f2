using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>The words generated pages use for statuses, the same as the command's other outputs.</summary>
internal static class StatusText
{
    /// <summary>pass, warn, fail, error, skipped.</summary>
    public static string Word(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Error => "error",
        _ => "skipped",
    };

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

    /// <summary>One line counting results by status: <c>18 monitors: 12 pass, 0 warn, 6 fail, 0 error, 0 skipped</c>.</summary>
    public static string Summary(RunResult run)
    {
        var parts = new List<string>();
        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            parts.Add($"{run.Count(status)} {Word(status)}");
        }

        return $"{run.Results.Count} monitor{(run.Results.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }

    /// <summary>One line counting SLO results by status: <c>3 SLOs: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped</c>.</summary>
    public static string SloSummary(RunResult run)
    {
        var parts = new List<string>();
        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            parts.Add($"{run.Slos.Count(s => s.Status == status)} {Word(status)}");
        }

        return $"{run.Slos.Count} SLO{(run.Slos.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }
}
