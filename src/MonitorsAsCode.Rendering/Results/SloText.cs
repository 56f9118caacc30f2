using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Results;

/// <summary>The cells and lines every rendering shows for an SLO result, so text, Markdown and JUnit agree.</summary>
public static class SloText
{
    /// <summary>The SLI as a percentage with enough decimals to compare with the objective (<c>99.68%</c>), or <c>-</c>.</summary>
    public static string Sli(SloResult result) => result.Sli is { } sli ? Percent(sli) : "-";

    /// <summary>The objective and its window: <c>99.5% / 28d</c>.</summary>
    public static string Objective(SloResult result) => Percent(result.Objective) + " / " + result.Window;

    /// <summary>The budget remaining as a percentage (<c>39.2%</c>, below zero when the objective is missed), or <c>-</c>.</summary>
    public static string BudgetRemaining(SloResult result) => result.BudgetRemaining is { } remaining ? ValueFormat.Percent(remaining) : "-";

    /// <summary>The thresholds on the budget remaining: <c>&lt; 50% warn, &lt; 25% fail</c>.</summary>
    public static string Thresholds(SloResult result)
    {
        var fail = "< " + ValueFormat.Percent(result.BudgetRemainingFail) + " fail";
        return result.BudgetRemainingWarn is { } warn ? "< " + ValueFormat.Percent(warn) + " warn, " + fail : fail;
    }

    /// <summary>The alerts that would be firing: <c>page, ticket</c>, or <c>-</c>.</summary>
    public static string Firing(SloResult result)
    {
        var firing = result.Firing;
        return firing.Count == 0 ? "-" : string.Join(", ", firing.Select(SloWords.Of));
    }

    /// <summary>One line: <c>scoring-latency: FAIL, SLI 99.68% of 99% / 28d, 67.9% of the budget left, page firing</c>.</summary>
    public static string Headline(SloResult result)
    {
        var line = $"{StatusWords.Of(result.Status)}: SLI {Sli(result)} against {Objective(result)}, {BudgetRemaining(result)} of the error budget left";
        return result.Firing.Count == 0 ? line : line + ", " + Firing(result) + " alert firing";
    }

    /// <summary>One line counting SLO results by status: <c>3 SLOs: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped</c>.</summary>
    public static string Summary(RunResult run)
    {
        var parts = new List<string>();
        foreach (var status in Enum.GetValues<CheckStatus>())
        {
            parts.Add($"{run.Slos.Count(s => s.Status == status)} {StatusWords.Of(status)}");
        }

        return $"{run.Slos.Count} SLO{(run.Slos.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }

    /// <summary>A window as definitions write it: <c>1h</c>, <c>30m</c>, <c>3d</c>.</summary>
    public static string Window(TimeSpan window) => DurationText.Format(window.TotalSeconds);

    private static string Percent(double share)
    {
        var percent = share * 100;
        var text = Math.Round(percent, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text + "%";
    }
}
