using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>The SLOs and the runbooks of the <c>runbooks:</c> list.</summary>
public static partial class DefinitionDiff
{
    private static void AddedSlo(List<DefinitionChange> changes, SloDefinition slo) =>
        Add(changes, ChangeKind.SloAdded, slo.Id, null, null, SloText(slo), "SLO added: " + SloText(slo));

    private static void RemovedSlo(List<DefinitionChange> changes, SloDefinition slo) =>
        Add(changes, ChangeKind.SloRemoved, slo.Id, null, SloText(slo), null, "SLO removed (was " + SloText(slo) + ")");

    /// <summary><c>0.99 over 28d, good latency_ms &lt;= 120</c>.</summary>
    private static string SloText(SloDefinition slo)
    {
        var indicator = slo.Indicator.Monitor is { } monitor ? "monitor " + monitor : "good " + slo.Indicator.Good;
        return $"{ValueFormat.Number(slo.Objective)} over {slo.Window}, {indicator}";
    }

    private static void CompareSlo(List<DefinitionChange> changes, SloDefinition before, SloDefinition after)
    {
        var id = after.Id;
        if (before.Objective != after.Objective)
        {
            var lowered = after.Objective < before.Objective;
            var old = ValueFormat.Number(before.Objective);
            var current = ValueFormat.Number(after.Objective);
            var budget = $"error budget {ValueFormat.Number(before.ErrorBudget)} → {ValueFormat.Number(after.ErrorBudget)}";
            Add(changes, lowered ? ChangeKind.ObjectiveLowered : ChangeKind.ObjectiveRaised, id, "objective", old, current, $"objective {(lowered ? "lowered" : "raised")} {old} → {current} ({budget})");
        }

        CompareText(changes, ChangeKind.SloChanged, id, "window", before.Window.ToString(), after.Window.ToString(), "window changed");
        CompareText(changes, ChangeKind.SloChanged, id, "indicator.good", before.Indicator.Good, after.Indicator.Good, "good events changed");
        CompareText(changes, ChangeKind.SloChanged, id, "indicator.total", before.Indicator.Total, after.Indicator.Total, "total events changed");
        CompareText(changes, ChangeKind.SloChanged, id, "indicator.monitor", before.Indicator.Monitor, after.Indicator.Monitor, "indicator monitor changed");
        CompareText(changes, ChangeKind.SloChanged, id, "indicator.prometheus", Queries(before.Indicator.Prometheus), Queries(after.Indicator.Prometheus), null);
        CompareText(changes, ChangeKind.SloChanged, id, "budgeting", SloWords.Of(before.Budgeting), SloWords.Of(after.Budgeting), "budgeting changed");
        CompareText(changes, ChangeKind.SloChanged, id, "time_slice", Duration(before.TimeSlice), Duration(after.TimeSlice), "time slice changed");
        CompareText(changes, ChangeKind.SloChanged, id, "time_slice_target", ChangeText.Number(before.TimeSliceTarget), ChangeText.Number(after.TimeSliceTarget), "time slice target changed");
        CompareText(changes, ChangeKind.SloChanged, id, "dataset", before.DatasetId, after.DatasetId, "dataset changed");
        CompareText(changes, ChangeKind.SloChanged, id, "service", before.Service, after.Service, "service changed");

        // The SLO warns or fails when less than this share of the budget remains: a lower share lets more through.
        CompareBudget(changes, id, "budget_remaining.warn", before.BudgetRemainingWarn, after.BudgetRemainingWarn);
        CompareBudget(changes, id, "budget_remaining.fail", before.BudgetRemainingFail ?? 0, after.BudgetRemainingFail ?? 0);
        CompareAlerting(changes, id, before.Alerting, after.Alerting);
        CompareText(changes, ChangeKind.OwnerChanged, id, "owner", before.Owner, after.Owner, "owner changed");
        CompareText(changes, ChangeKind.DescriptionChanged, id, "description", before.Description, after.Description, null);
    }

    /// <summary>A lower limit (a score or a share of budget that must remain): lowered or removed is loosened, raised or added tightened.</summary>
    private static void CompareBudget(List<DefinitionChange> changes, string id, string field, double? before, double? after)
    {
        var direction = Direction(before, after, tighterWhenLower: false);
        if (direction == 0)
        {
            return;
        }

        var old = ChangeText.Number(before);
        var current = ChangeText.Number(after);
        var summary = (before, after) switch
        {
            (null, _) => $"{field} threshold added: {current}",
            (_, null) => $"{field} threshold removed (was {old})",
            _ => $"{field} threshold {Verb(direction)} {ChangeText.Arrow(old, current)}",
        };
        Add(changes, direction < 0 ? ChangeKind.ThresholdLoosened : ChangeKind.ThresholdTightened, id, field, old, current, summary);
    }

    private static void CompareAlerting(List<DefinitionChange> changes, string id, SloAlerting? before, SloAlerting? after)
    {
        CompareAlert(changes, id, "page", before?.Page, after?.Page);
        CompareAlert(changes, id, "ticket", before?.Ticket, after?.Ticket);
        if (before is null || after is null)
        {
            return;
        }

        CompareText(changes, ChangeKind.AlertChanged, id, "alerting.name", before.Name, after.Name, "alert name changed");
        CompareText(changes, ChangeKind.AlertChanged, id, "alerting.labels", Pairs(before.Labels), Pairs(after.Labels), "alert labels changed");
        CompareText(changes, ChangeKind.AlertChanged, id, "alerting.annotations", Pairs(before.Annotations), Pairs(after.Annotations), null);
        CompareText(changes, ChangeKind.AlertChanged, id, "alerting.windows", Windows(before.Windows), Windows(after.Windows), "burn-rate windows changed");
        CompareMaintenance(changes, id, before.Maintenance, after.Maintenance);
    }

    /// <summary>A page or ticket that no longer fires, or fires without a runbook, is risky; one added is tightening.</summary>
    private static void CompareAlert(List<DefinitionChange> changes, string id, string severity, SloAlert? before, SloAlert? after)
    {
        var field = "alerting." + severity;
        switch (before, after)
        {
            case (null, null):
                return;
            case (null, { } added):
                Add(changes, ChangeKind.AlertAdded, id, field, null, added.Runbook ?? ChangeText.None, $"{severity} alert added" + (added.Runbook is { } runbook ? " with runbook " + runbook : string.Empty));
                return;
            case ({ } removed, null):
                Add(changes, ChangeKind.AlertRemoved, id, field, removed.Runbook ?? ChangeText.None, null, $"{severity} alert removed: the SLO no longer {(severity == "page" ? "pages" : "opens tickets")}");
                return;
        }

        // The switch above returned whenever either side is null.
        var (oldRunbook, newRunbook) = (Blank(before!.Runbook), Blank(after!.Runbook));
        if (oldRunbook is not null && newRunbook is null)
        {
            Add(changes, ChangeKind.AlertRemoved, id, field + ".runbook", oldRunbook, null, $"{severity} alert runbook removed (was {oldRunbook})");
        }
        else if (oldRunbook is null && newRunbook is not null)
        {
            Add(changes, ChangeKind.AlertAdded, id, field + ".runbook", null, newRunbook, $"{severity} alert runbook added: {newRunbook}");
        }
        else
        {
            CompareText(changes, ChangeKind.AlertChanged, id, field + ".runbook", oldRunbook, newRunbook, $"{severity} alert runbook changed");
        }

        CompareText(changes, ChangeKind.AlertChanged, id, field + ".summary", before.Summary, after.Summary, null);
        CompareText(changes, ChangeKind.AlertChanged, id, field + ".labels", Pairs(before.Labels), Pairs(after.Labels), $"{severity} alert labels changed");
        CompareText(changes, ChangeKind.AlertChanged, id, field + ".annotations", Pairs(before.Annotations), Pairs(after.Annotations), null);
    }

    /// <summary>
    /// Maintenance windows by name: one added, or one that mutes more minutes of the week, mutes the
    /// alerts more (risky); one removed or shortened mutes them less; the same minutes moved is neutral.
    /// </summary>
    private static void CompareMaintenance(List<DefinitionChange> changes, string id, IReadOnlyList<MaintenanceWindow> before, IReadOnlyList<MaintenanceWindow> after)
    {
        var old = before.GroupBy(w => w.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.GroupBy(w => w.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var window in after)
        {
            var field = "alerting.maintenance." + window.Name;
            if (!old.TryGetValue(window.Name, out var previous))
            {
                Add(changes, ChangeKind.AlertsMuted, id, field, null, MaintenanceText(window), $"maintenance window {window.Name} added: alerts muted {MaintenanceText(window)}");
                continue;
            }

            var was = MaintenanceText(previous);
            var now = MaintenanceText(window);
            if (was == now)
            {
                continue;
            }

            var more = MutedMinutes(window).CompareTo(MutedMinutes(previous));
            var kind = more > 0 ? ChangeKind.AlertsMuted : more < 0 ? ChangeKind.AlertsUnmuted : ChangeKind.AlertChanged;
            var verb = more > 0 ? "lengthened" : more < 0 ? "shortened" : "moved";
            Add(changes, kind, id, field, was, now, $"maintenance window {window.Name} {verb} {ChangeText.Arrow(was, now)}");
        }

        foreach (var window in before)
        {
            if (!current.ContainsKey(window.Name))
            {
                Add(changes, ChangeKind.AlertsUnmuted, id, "alerting.maintenance." + window.Name, MaintenanceText(window), null, $"maintenance window {window.Name} removed (was {MaintenanceText(window)})");
            }
        }
    }

    /// <summary>Minutes of a week the window mutes (validation keeps a window within one day).</summary>
    private static double MutedMinutes(MaintenanceWindow window)
    {
        var days = window.Weekdays.Count == 0 ? 7 : window.Weekdays.Distinct().Count();
        return (window.End - window.Start).TotalMinutes * days;
    }

    /// <summary><c>tuesday 06:00–06:30</c>, or <c>every day 06:00–06:30</c>.</summary>
    private static string MaintenanceText(MaintenanceWindow window)
    {
        var days = window.Weekdays.Count == 0 ? "every day" : string.Join(", ", window.Weekdays.Select(SloWords.Of));
        return $"{days} {window.Start:hh\\:mm}–{window.End:hh\\:mm}";
    }

    private static string? Queries(PrometheusQueries? queries) => queries is null
        ? null
        : string.Join("; ", new[] { ("good", queries.GoodQuery), ("error", queries.ErrorQuery), ("total", (string?)queries.TotalQuery) }
            .Where(q => q.Item2 is not null)
            .Select(q => q.Item1 + " " + q.Item2));

    private static string? Duration(TimeSpan? duration) => duration is { } d ? DurationText.Format(d.TotalSeconds) : null;

    private static string? Pairs(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        pairs.Count == 0 ? null : string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value));

    private static string Windows(IReadOnlyList<BurnRateWindow>? windows) => windows is null
        ? "sre-workbook"
        : string.Join("; ", windows.Select(w => $"{SloWords.Of(w.Severity)} {DurationText.Format(w.Long.TotalSeconds)}/{DurationText.Format(w.Short.TotalSeconds)} {ValueFormat.Number(w.BudgetConsumed)}"));

    private static void AddedRunbook(List<DefinitionChange> changes, RunbookDefinition runbook) =>
        Add(changes, ChangeKind.RunbookDefinitionAdded, runbook.Id, null, null, runbook.Title ?? runbook.Id, "runbook declared: " + (runbook.Title ?? runbook.Id));

    private static void RemovedRunbook(List<DefinitionChange> changes, RunbookDefinition runbook) =>
        Add(changes, ChangeKind.RunbookDefinitionRemoved, runbook.Id, null, runbook.Title ?? runbook.Id, null, "runbook no longer declared (was " + (runbook.Title ?? runbook.Id) + ")");

    /// <summary>Each section of a runbook compares as its text; the summary names the section (the texts are long).</summary>
    private static void CompareRunbookDefinition(List<DefinitionChange> changes, RunbookDefinition before, RunbookDefinition after)
    {
        var id = after.Id;
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "title", before.Title, after.Title, "title changed");
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "meaning", before.Meaning, after.Meaning, null);
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "causes", Lines(before.Causes), Lines(after.Causes), null);
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "mitigations", Lines(before.Mitigations.Select(m => YamlWords.Of(m.Action) + ": " + m.Text)), Lines(after.Mitigations.Select(m => YamlWords.Of(m.Action) + ": " + m.Text)), null);
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "diagnostics", Lines(before.Diagnostics.Select(Diagnostic)), Lines(after.Diagnostics.Select(Diagnostic)), null);
        CompareText(changes, ChangeKind.RunbookDefinitionChanged, id, "escalation", Escalation(before.Escalation), Escalation(after.Escalation), null);
    }

    private static string Diagnostic(RunbookDiagnostic diagnostic) =>
        $"{diagnostic.Text} | panel {diagnostic.Panel} | query ({diagnostic.Language}) {diagnostic.Query}";

    private static string? Escalation(RunbookEscalation? escalation) => escalation is null
        ? null
        : $"owner {escalation.Owner} | on call {escalation.OnCall} | acknowledge {string.Join(", ", escalation.Acknowledge.Select(a => YamlWords.Of(a.Severity) + " " + DurationText.Format(a.Seconds)))} | steps {Lines(escalation.Steps)}";

    private static string? Lines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? null : string.Join("\n", list);
    }
}
