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

    /// <summary>A window as definitions write it: <c>1h</c>, <c>30m</c>, <c>3d</c>.</summary>
    public static string Window(TimeSpan window) => DurationText.Format(window.TotalSeconds);

    /// <summary>A share as a percentage with up to <paramref name="decimals"/> decimals: <c>99.5%</c>, <c>67.86%</c>.</summary>
    public static string Percent(double share, int decimals = 2) =>
        Math.Round(share * 100, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture) + "%";
}
