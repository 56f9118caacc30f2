using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Cli.Output;

/// <summary>The words every rendering uses for statuses.</summary>
public static class StatusWords
{
    /// <summary>Lower-case word: <c>pass</c>, <c>warn</c>, <c>fail</c>, <c>error</c>, <c>skipped</c>.</summary>
    public static string Of(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Error => "error",
        CheckStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>One line counting results by status: <c>18 monitors: 11 pass, 0 warn, 7 fail, 0 error, 0 skipped</c>.</summary>
    public static string Summary(RunResult run)
    {
        var parts = new List<string>();
        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            parts.Add($"{run.Count(status)} {Of(status)}");
        }

        return $"{run.Results.Count} monitor{(run.Results.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }
}
