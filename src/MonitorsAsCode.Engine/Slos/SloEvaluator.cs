using System.Globalization;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Slos;

/// <summary>
/// Judges an SLO from its events at an as-of instant: the SLI over the objective's window, the error
/// budget consumed and remaining, and each multi-window burn-rate condition (SRE workbook, "Alerting
/// on SLOs": fire when the burn rate over both the long and the short window exceeds the factor).
/// The verdict fails when less budget remains than <c>budget_remaining.fail</c> (default 0: the
/// objective is missed) or a page alert fires, and warns below <c>budget_remaining.warn</c> or when a
/// ticket alert fires.
/// </summary>
internal static class SloEvaluator
{
    /// <summary>Evaluates <paramref name="slo"/> over <paramref name="series"/> (events, or time slices for timeslices budgeting).</summary>
    public static SloResult Evaluate(
        SloDefinition slo,
        SloEventSeries series,
        DateTimeOffset asOf,
        AsOfSource asOfSource = AsOfSource.Option,
        string? datasetId = null,
        IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(slo);
        ArgumentNullException.ThrowIfNull(series);
        var budget = new ErrorBudget(slo.Objective);
        var windowStart = slo.Window.StartFor(asOf);
        var counts = series.Count(windowStart, asOf);
        var burnRates = new List<BurnRateResult>();
        foreach (var window in slo.Alerting?.ActiveWindows() ?? [])
        {
            burnRates.Add(BurnRate(window, slo, series, asOf, budget));
        }

        var errorRatio = counts.ErrorRatio;
        var remaining = errorRatio is { } ratio ? budget.Remaining(ratio) : (double?)null;
        var result = new SloResult(slo.Id, datasetId, CheckStatus.Pass, Evidence.Of(string.Empty))
        {
            Service = slo.Service,
            Objective = slo.Objective,
            Window = slo.Window.ToString(),
            Budgeting = slo.Budgeting,
            AsOf = asOf,
            AsOfSource = asOfSource,
            WindowStart = windowStart,
            Coverage = Coverage(series, windowStart, asOf),
            TotalEvents = counts.Total,
            GoodEvents = counts.Good,
            Sli = counts.GoodRatio,
            ErrorBudget = budget.Allowed,
            BudgetConsumed = errorRatio is { } consumed ? budget.BurnRate(consumed) : null,
            BudgetRemaining = remaining,
            BudgetRemainingWarn = slo.BudgetRemainingWarn,
            BudgetRemainingFail = slo.BudgetRemainingFail ?? 0,
            BurnRates = burnRates,
            Owner = slo.Owner,
            Runbook = slo.Alerting?.Page?.Runbook ?? slo.Alerting?.Ticket?.Runbook,
        };

        return result with { Status = Judge(result), Evidence = Describe(result, series, notes ?? []) };
    }

    /// <summary>One burn-rate condition at <paramref name="asOf"/>.</summary>
    public static BurnRateResult BurnRate(BurnRateWindow window, SloDefinition slo, SloEventSeries series, DateTimeOffset asOf, ErrorBudget budget)
    {
        ArgumentNullException.ThrowIfNull(slo);
        ArgumentNullException.ThrowIfNull(series);
        var factor = window.Factor(slo.Window.Duration);
        var longCounts = series.Count(asOf - window.Long, asOf);
        var shortCounts = series.Count(asOf - window.Short, asOf);
        var longBurn = longCounts.ErrorRatio is { } l ? budget.BurnRate(l) : (double?)null;
        var shortBurn = shortCounts.ErrorRatio is { } s ? budget.BurnRate(s) : (double?)null;
        return new BurnRateResult(window.Severity, window.Long, window.Short, factor)
        {
            LongBurnRate = longBurn,
            ShortBurnRate = shortBurn,
            LongEvents = longCounts.Total,
            ShortEvents = shortCounts.Total,
            LongPartial = IsPartial(series, asOf - window.Long),
            ShortPartial = IsPartial(series, asOf - window.Short),
            Firing = longBurn > factor && shortBurn > factor,
        };
    }

    private static bool IsPartial(SloEventSeries series, DateTimeOffset windowStart) =>
        series.DataStart is not { } start || start > windowStart;

    private static double Coverage(SloEventSeries series, DateTimeOffset windowStart, DateTimeOffset asOf)
    {
        var span = (asOf - windowStart).TotalSeconds;
        if (series.DataStart is not { } start || span <= 0)
        {
            return 0;
        }

        var covered = (asOf - (start > windowStart ? start : windowStart)).TotalSeconds;
        return Math.Clamp(covered / span, 0, 1);
    }

    private static CheckStatus Judge(SloResult result)
    {
        if (result.BudgetRemaining is not { } remaining)
        {
            return CheckStatus.Error;
        }

        var firing = result.Firing;
        if (remaining < result.BudgetRemainingFail || firing.Contains(AlertSeverity.Page))
        {
            return CheckStatus.Fail;
        }

        return (result.BudgetRemainingWarn is { } warn && remaining < warn) || firing.Contains(AlertSeverity.Ticket)
            ? CheckStatus.Warn
            : CheckStatus.Pass;
    }

    private static Evidence Describe(SloResult result, SloEventSeries series, IReadOnlyList<string> notes)
    {
        var unit = result.Budgeting == BudgetingMethod.Timeslices ? "time slices" : "events";
        var until = ValueFormat.Instant(result.AsOf);
        string summary;
        if (result.Sli is not { } sli || result.BudgetRemaining is not { } remaining)
        {
            summary = $"no {unit} in the {result.Window} window up to {until}, so the SLI cannot be measured";
        }
        else
        {
            var spent = 1 - remaining;
            summary = string.Create(
                CultureInfo.InvariantCulture,
                $"SLI {Percent(sli)} ({ValueFormat.Count(result.GoodEvents)} of {ValueFormat.Count(result.TotalEvents)} {unit} good) over {result.Window} up to {until} against {Percent(result.Objective)}: {ValueFormat.Percent(spent)} of the error budget spent, {ValueFormat.Percent(remaining)} left");
            // Data that starts seconds after the window does is not worth a remark; a day's gap is.
            if (result.Coverage < 0.99 && series.DataStart is { } start)
            {
                summary += $"; the data covers {ValueFormat.Percent(result.Coverage)} of the window (from {ValueFormat.Instant(start)})";
            }
        }

        foreach (var severity in result.Firing)
        {
            var burns = new List<string>();
            foreach (var burn in result.BurnRates)
            {
                if (burn.Severity == severity && burn.Firing)
                {
                    burns.Add($"{Window(burn.LongWindow)} {Times(burn.LongBurnRate)} and {Window(burn.ShortWindow)} {Times(burn.ShortBurnRate)} > {Times(burn.Factor)}");
                }
            }

            summary += $"; {SloWords.Of(severity)} alert firing ({string.Join("; ", burns)})";
        }

        foreach (var note in notes)
        {
            summary += "; " + note;
        }

        var rows = new List<IReadOnlyList<EvidenceCell>>();
        foreach (var burn in result.BurnRates)
        {
            rows.Add(
            [
                SloWords.Of(burn.Severity),
                Window(burn.LongWindow) + (burn.LongPartial ? " (partial)" : string.Empty),
                Window(burn.ShortWindow) + (burn.ShortPartial ? " (partial)" : string.Empty),
                burn.Factor,
                burn.LongBurnRate is { } l ? l : "no events",
                burn.ShortBurnRate is { } s ? s : "no events",
                burn.Firing ? "firing" : "-",
            ]);
        }

        var details = rows.Count == 0
            ? new List<EvidenceTable>()
            : [new EvidenceTable("burn rates at " + until, ["severity", "long window", "short window", "factor", "long burn rate", "short burn rate", "alert"], rows)];
        return new Evidence(summary, details);
    }

    private static string Percent(double share) =>
        (share * 100).ToString(share >= 0.999 || share <= -0.999 ? "0.0##" : "0.0#", CultureInfo.InvariantCulture) + "%";

    private static string Times(double? burn) => burn is { } value ? ValueFormat.Short(value) + "×" : "-";

    private static string Window(TimeSpan window) => Definitions.Monitors.DurationText.Format(window.TotalSeconds);
}
