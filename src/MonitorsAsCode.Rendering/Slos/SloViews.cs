using System.Globalization;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.Results;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Slos;

/// <summary>SLO definitions and results turned into the views the wiki and the report share.</summary>
internal static class SloViews
{
    /// <summary>The dataset an SLO counts events of: its own, or its monitor's; null for an SLO measured only in Prometheus.</summary>
    public static string? DatasetOf(DefinitionSet definitions, SloDefinition slo) =>
        slo.Indicator.Monitor is { } monitorId ? definitions.FindMonitor(monitorId)?.DatasetId : slo.DatasetId;

    /// <summary>The result of an SLO in a run, or null.</summary>
    public static SloResult? ResultOf(RunResult? run, string sloId)
    {
        foreach (var result in run?.Slos ?? [])
        {
            if (string.Equals(result.SloId, sloId, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>The budget policy in a sentence: when the SLO fails and when it warns.</summary>
    public static string BudgetPolicy(SloDefinition slo)
    {
        var alerts = slo.Alerting?.ActiveWindows() ?? [];
        var fail = slo.BudgetRemainingFail is { } f && f != 0
            ? $"fails below {SloText.Percent(f)} of the error budget left"
            : "fails once the error budget is spent";
        if (alerts.Any(a => a.Severity == AlertSeverity.Page))
        {
            fail += " or while a page alert would fire";
        }

        var warn = new List<string>();
        if (slo.BudgetRemainingWarn is { } w)
        {
            warn.Add($"below {SloText.Percent(w)} left");
        }

        if (alerts.Any(a => a.Severity == AlertSeverity.Ticket))
        {
            warn.Add("while a ticket alert would fire");
        }

        return warn.Count == 0 ? fail : fail + "; warns " + string.Join(" or ", warn);
    }

    /// <summary>The result as templates show it.</summary>
    public static SloResultView View(SloResult result)
    {
        var burnRates = new List<SloBurnRateView>();
        foreach (var burn in result.BurnRates)
        {
            burnRates.Add(new SloBurnRateView(
                SloWords.Of(burn.Severity),
                SloText.Window(burn.LongWindow) + (burn.LongPartial ? " (partial)" : string.Empty),
                burn.LongBurnRate is { } l ? ValueFormat.Short(l) : "-",
                SloText.Window(burn.ShortWindow) + (burn.ShortPartial ? " (partial)" : string.Empty),
                burn.ShortBurnRate is { } s ? ValueFormat.Short(s) : "-",
                ValueFormat.Short(burn.Factor),
                burn.Firing));
        }

        return new SloResultView(
            StatusText.Word(result.Status),
            StatusText.Label(result.Status),
            result.Sli is { } sli ? SloText.Percent(sli) : "-",
            result.BudgetRemaining is { } remaining ? SloText.Percent(remaining, 1) : "-",
            result.Evidence.Summary)
        {
            BudgetConsumed = result.BudgetConsumed is { } consumed ? SloText.Percent(consumed, 1) : "-",
            AsOf = result.DatasetId is null ? "-" : ValueFormat.Instant(result.AsOf),
            Events = ValueFormat.Count(result.TotalEvents),
            Good = ValueFormat.Count(result.GoodEvents),
            Coverage = SloText.Percent(result.Coverage, 1),
            Firing = string.Join(", ", result.Firing.Select(SloWords.Of)),
            FiringSentence = result.Firing.Count switch
            {
                0 => string.Empty,
                1 => SloWords.Of(result.Firing[0]) + " alert firing",
                _ => string.Join(" and ", result.Firing.Select(SloWords.Of)) + " alerts firing",
            },
            BurnRates = burnRates,
        };
    }

    /// <summary>An SLO as a row of the home page, a dataset page or the report.</summary>
    public static SloRowView Row(DefinitionSet definitions, RunResult? run, PageNames names, SloDefinition slo)
    {
        var dataset = DatasetOf(definitions, slo);
        return new SloRowView(
            slo.Id,
            names.Link("slo", slo.Id),
            slo.Service,
            dataset is null ? null : new LinkView(dataset, names.Link("dataset", dataset)),
            SloText.Percent(slo.Objective, 4),
            slo.Window.ToString(),
            slo.Owner,
            ResultOf(run, slo.Id) is { } result ? View(result) : null);
    }

    /// <summary>The page of one SLO.</summary>
    public static SloPage Page(DefinitionText text, PageNames names, SloDefinition slo)
    {
        var definitions = text.Definitions;
        var dataset = DatasetOf(definitions, slo);
        var alerts = new List<SloAlertView>();
        foreach (var window in slo.Alerting?.ActiveWindows() ?? [])
        {
            alerts.Add(new SloAlertView(
                SloWords.Of(window.Severity),
                SloText.Window(window.Long),
                SloText.Window(window.Short),
                SloText.Percent(window.BudgetConsumed, 2),
                ValueFormat.Short(window.Factor(slo.Window.Duration)),
                slo.Alerting?.For(window.Severity)?.Runbook));
        }

        var gates = new List<SloGateView>();
        foreach (var gate in definitions.Gates)
        {
            if (gate.Slos.Contains(slo.Id, StringComparer.Ordinal))
            {
                gates.Add(new SloGateView(gate.Id, names.Link("gate", gate.Id), Requirement(gate, slo.Id)));
            }
        }

        var budgeting = SloWords.Of(slo.Budgeting);
        if (slo.Budgeting == BudgetingMethod.Timeslices && slo.TimeSlice is { } slice && slo.Indicator.Monitor is null)
        {
            budgeting += $": a {SloText.Window(slice)} slice is good when at least {SloText.Percent(slo.TimeSliceTarget ?? slo.Objective, 4)} of its events are";
        }

        var runbookReference = slo.Alerting?.Page?.Runbook ?? slo.Alerting?.Ticket?.Runbook;
        var result = ResultOf(text.Run, slo.Id);
        return new SloPage(names.HomeLink, slo.Id, SloText.Percent(slo.Objective, 4), slo.Window.ToString(), budgeting, SloText.Percent(slo.ErrorBudget, 4) + " of " + (slo.Budgeting == BudgetingMethod.Timeslices || slo.Indicator.Monitor is not null ? "time slices" : "events"), BudgetPolicy(slo))
        {
            Description = slo.Description,
            Service = slo.Service,
            Owner = slo.Owner,
            Dataset = dataset is null ? null : new LinkView(dataset, names.Link("dataset", dataset)),
            Good = slo.Indicator.Good,
            Total = slo.Indicator.Total,
            Monitor = slo.Indicator.Monitor is { } monitor ? new LinkView(monitor, names.Link("monitor", monitor)) : null,
            TimeSlice = slo.Indicator.Monitor is not null ? SloText.Window(slo.TimeSlice ?? TimeSpan.FromDays(1)) : slo.TimeSlice is { } s ? SloText.Window(s) : null,
            PrometheusGood = slo.Indicator.Prometheus?.GoodQuery,
            PrometheusError = slo.Indicator.Prometheus?.ErrorQuery,
            PrometheusTotal = slo.Indicator.Prometheus?.TotalQuery,
            Alerts = alerts,
            AlertLabels = [.. (slo.Alerting?.Labels ?? []).Select(l => l.Key + "=" + l.Value)],
            Maintenance = [.. (slo.Alerting?.Maintenance ?? []).Select(Maintenance)],
            Gates = gates,
            Dashboard = Dashboard(slo, dataset),
            DefinedIn = text.DefinedIn(slo.Source),
            HasResults = text.Run is not null,
            Result = result is null ? null : View(result),
            Runbook = runbookReference is null ? null : text.Runbook(runbookReference, slo.Source),
        };
    }

    /// <summary>What a gate asks of an SLO it requires: its own budget, or the SLO's verdict.</summary>
    public static string Requirement(Definitions.Gates.GateDefinition gate, string sloId) =>
        gate.SloBudgets.TryGetValue(sloId, out var min)
            ? $"at least {SloText.Percent(min)} of the error budget left, and no page alert firing"
            : "the SLO's own verdict";

    /// <summary>Where an SLO's dashboard panels are, or why it has none.</summary>
    public static string Dashboard(SloDefinition slo, string? dataset)
    {
        if (GrafanaDashboards.HasSloPanels(slo) && dataset is not null)
        {
            return $"{GrafanaDashboards.FileOf(dataset)} (Grafana uid {GrafanaDashboards.UidOf(dataset)}), row SLOs, over the rules 'monitors slo rules' writes";
        }

        return slo.Indicator.Prometheus is null
            ? "none: the SLO has no prometheus queries, so no Prometheus rules record it"
            : slo.Budgeting != BudgetingMethod.Occurrences
                ? "none: Prometheus rules in Sloth's conventions do not express time slices"
                : "none: the SLO has no dataset, so no dashboard";
    }

    private static string Maintenance(MaintenanceWindow window)
    {
        var days = window.Weekdays.Count == 0 ? "every day" : string.Join(", ", window.Weekdays.Select(SloWords.Of));
        return $"{window.Name}: {days} {Clock(window.Start)}–{Clock(window.End)} UTC";
    }

    private static string Clock(TimeSpan time) =>
        ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);
}
