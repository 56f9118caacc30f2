using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>The rules for <c>slos:</c>: objectives, SLI expressions, windows, paging runbooks and references.</summary>
public static partial class DefinitionValidator
{
    private static void ValidateSlos(List<DefinitionDiagnostic> diagnostics, DefinitionSet set, HashSet<string> broken, bool referencesMayBeMissing)
    {
        CheckDuplicates(diagnostics, set.Slos, s => s.Id, s => s.Source, id => $"duplicate SLO id '{id}'");
        foreach (var slo in set.Slos)
        {
            ValidateSlo(diagnostics, set, slo, broken, referencesMayBeMissing);
        }

        foreach (var gate in set.Gates)
        {
            for (var i = 0; i < gate.Slos.Count; i++)
            {
                var member = gate.Slos[i];
                if (FindSlo(set, member) is null && !broken.Contains(member) && !referencesMayBeMissing)
                {
                    var names = new List<string>();
                    foreach (var slo in set.Slos)
                    {
                        names.Add(slo.Id);
                    }

                    Add(diagnostics, DefinitionRules.UnknownSloReference, $"gate '{gate.Id}' names SLO '{member}', which is not declared{NearestName.Suggest(member, names)}", gate.Source.Of(Indexed("slos", i)));
                }

                if (gate.SloBudgets.TryGetValue(member, out var budget) && (budget < 0 || budget > 1) && i == BudgetIndex(gate, member))
                {
                    Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"gate '{gate.Id}': budget_remaining {Format(budget)} of SLO '{member}' is outside what the budget remaining can be required to be (from 0, up to 1, the whole budget); it is a share, so write 25% as 0.25", gate.Source.Of(Indexed("slos", i) + ".budget_remaining"));
                }
            }
        }
    }

    /// <summary>
    /// Where a gate's budget for an SLO is written: the last item naming the SLO with a budget (the one the reader
    /// kept), else, for gates built in C#, the SLO's first item.
    /// </summary>
    private static int BudgetIndex(Gates.GateDefinition gate, string sloId)
    {
        var first = -1;
        for (var i = gate.Slos.Count - 1; i >= 0; i--)
        {
            if (string.Equals(gate.Slos[i], sloId, StringComparison.Ordinal))
            {
                if (gate.Source.Has(Indexed("slos", i) + ".budget_remaining"))
                {
                    return i;
                }

                first = i;
            }
        }

        return first;
    }

    private static SloDefinition? FindSlo(DefinitionSet set, string id)
    {
        foreach (var slo in set.Slos)
        {
            if (string.Equals(slo.Id, id, StringComparison.Ordinal))
            {
                return slo;
            }
        }

        return null;
    }

    private static void ValidateSlo(List<DefinitionDiagnostic> diagnostics, DefinitionSet set, SloDefinition slo, HashSet<string> broken, bool referencesMayBeMissing)
    {
        var source = slo.Source;
        ValidateObjective(diagnostics, slo, "objective", slo.Objective);
        if (slo.TimeSliceTarget is { } target)
        {
            ValidateObjective(diagnostics, slo, "time_slice_target", target);
        }

        ValidateBudgetThresholds(diagnostics, slo);
        ValidateSloWindows(diagnostics, slo);
        if (slo.Alerting?.Page is { } page && string.IsNullOrWhiteSpace(page.Runbook))
        {
            Add(diagnostics, DefinitionRules.SloPageRunbookRequired, $"SLO '{slo.Id}' pages but its page alert has no runbook: whoever is woken needs to know what to do", source.Of("alerting.page"));
        }

        DatasetDefinition? dataset = null;
        var datasetField = "dataset";
        if (slo.Indicator.Monitor is { } monitorId)
        {
            datasetField = "indicator.monitor";
            var monitor = set.FindMonitor(monitorId);
            if (monitor is null)
            {
                if (!broken.Contains(monitorId) && !referencesMayBeMissing)
                {
                    var names = new List<string>();
                    foreach (var candidate in set.Monitors)
                    {
                        names.Add(candidate.Id);
                    }

                    Add(diagnostics, DefinitionRules.UnknownSloReference, $"SLO '{slo.Id}' is judged by monitor '{monitorId}', which is not declared{NearestName.Suggest(monitorId, names)}", source.Of("indicator.monitor"));
                }
            }
            else
            {
                dataset = set.FindDataset(monitor.DatasetId);
            }
        }
        else if (slo.DatasetId is { } datasetId)
        {
            dataset = set.FindDataset(datasetId);
            if (dataset is null && !broken.Contains(datasetId) && !referencesMayBeMissing)
            {
                var names = new List<string>();
                foreach (var candidate in set.Datasets)
                {
                    names.Add(candidate.Id);
                }

                Add(diagnostics, DefinitionRules.UnknownDataset, $"SLO '{slo.Id}' names dataset '{datasetId}', which is not declared{NearestName.Suggest(datasetId, names)}", source.Of("dataset"));
            }
        }

        if (dataset is not null && (slo.Indicator.Good is not null || slo.Indicator.Monitor is not null) && !HasEventTime(dataset))
        {
            Add(diagnostics, DefinitionRules.SloEventTimeRequired, $"SLO '{slo.Id}' is measured over time windows, but dataset '{dataset.Id}' declares no column with role event_time", source.Of(datasetField));
        }

        ValidateExpression(diagnostics, slo, "good", slo.Indicator.Good, dataset, broken);
        ValidateExpression(diagnostics, slo, "total", slo.Indicator.Total, dataset, broken);
        if (slo.Indicator.Prometheus is { } queries)
        {
            ValidateQuery(diagnostics, slo, "error_query", queries.ErrorQuery);
            ValidateQuery(diagnostics, slo, "good_query", queries.GoodQuery);
            ValidateQuery(diagnostics, slo, "total_query", queries.TotalQuery);
        }
    }

    /// <summary>
    /// A Prometheus query is checked as promtool would check the rules generated from it (MAC0025), so a query
    /// that validates never makes 'slo rules' write a file Prometheus refuses to load.
    /// </summary>
    private static void ValidateQuery(List<DefinitionDiagnostic> diagnostics, SloDefinition slo, string field, string? query)
    {
        if (query is null || PromqlQuery.Check(query) is not { } problem)
        {
            return;
        }

        var (line, column) = PromqlQuery.Position(query, problem.Offset);
        var key = "indicator.prometheus." + field;
        var start = slo.Source.Of(key);
        var location = start is not null && slo.Source.Has(key) && query.IndexOf('\n') < 0
            ? new SourceLocation(start.File, start.Line, start.Column + problem.Offset)
            : start;
        Add(diagnostics, DefinitionRules.InvalidPrometheusQuery, $"SLO '{slo.Id}': '{field}' is not a query Prometheus accepts: {problem.Message} (at {line}:{column} of the query)", location);
    }

    private static bool HasEventTime(DatasetDefinition dataset)
    {
        foreach (var column in dataset.Columns)
        {
            if (column.Role == ColumnRole.EventTime && column.Type is ColumnType.Timestamp or ColumnType.Date)
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateObjective(List<DefinitionDiagnostic> diagnostics, SloDefinition slo, string field, double value)
    {
        if (value > 0 && value < 1)
        {
            return;
        }

        var hint = value >= 1 && value < 100
            ? $"; it is a share, so write {Format(value)}% as {Format(value / 100)}"
            : value >= 1 ? ": an objective of 1 leaves no error budget, so any bad event would break it" : string.Empty;
        Add(diagnostics, DefinitionRules.SloObjectiveOutOfRange, $"SLO '{slo.Id}': {field} {Format(value)} is outside (0, 1){hint}", slo.Source.Of(field));
    }

    private static void ValidateBudgetThresholds(List<DefinitionDiagnostic> diagnostics, SloDefinition slo)
    {
        var inRange = true;
        foreach (var (name, limit) in new[] { ("warn", slo.BudgetRemainingWarn), ("fail", slo.BudgetRemainingFail) })
        {
            if (limit is { } value && value > 1)
            {
                inRange = false;
                Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"SLO '{slo.Id}': budget_remaining {name} {Format(value)} is outside what the budget remaining can take (up to 1, the whole budget)", slo.Source.Of("budget_remaining." + name));
            }
        }

        if (inRange && slo.BudgetRemainingWarn is { } warn && warn <= (slo.BudgetRemainingFail ?? 0))
        {
            Add(diagnostics, DefinitionRules.ThresholdsReversed, $"SLO '{slo.Id}': budget_remaining warn {Format(warn)} is not above fail {Format(slo.BudgetRemainingFail ?? 0)}, so the warning can never come first", slo.Source.Of("budget_remaining.warn"));
        }
    }

    private static void ValidateSloWindows(List<DefinitionDiagnostic> diagnostics, SloDefinition slo)
    {
        var source = slo.Source;
        var period = slo.Window.Duration;
        if (period <= TimeSpan.Zero || period.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"SLO '{slo.Id}': window {Duration(period)} must be a positive whole number of minutes", source.Of("window"));
            return;
        }

        var slice = slo.Budgeting == BudgetingMethod.Timeslices ? slo.TimeSlice : null;
        if (slice is { } s)
        {
            if (s <= TimeSpan.Zero || s.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"SLO '{slo.Id}': time_slice {Duration(s)} must be a positive whole number of seconds", source.Of("time_slice"));
                slice = null;
            }
            else if (s >= period || period.Ticks % s.Ticks != 0)
            {
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"SLO '{slo.Id}': time_slice {Duration(s)} does not divide the {slo.Window} window into whole slices", source.Of("time_slice"));
                slice = null;
            }
        }

        if (slo.Alerting is not { } alerting)
        {
            return;
        }

        var windows = alerting.Windows ?? BurnRateWindow.SreWorkbook;
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            if (alerting.For(window.Severity) is null)
            {
                continue;
            }

            var at = alerting.Windows is null ? source.Of("alerting") : source.Of("alerting.windows[" + i.ToString(CultureInfo.InvariantCulture) + "]." + "long");
            var what = $"SLO '{slo.Id}': the {SloWords.Of(window.Severity)} window {Duration(window.Long)}/{Duration(window.Short)}";
            if (window.BudgetConsumed <= 0 || window.BudgetConsumed > 1)
            {
                var consumedAt = alerting.Windows is null ? at : source.Of("alerting.windows[" + i.ToString(CultureInfo.InvariantCulture) + "].budget_consumed");
                Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"{what} has budget_consumed {Format(window.BudgetConsumed)}, outside what a share of the budget can take (above 0, up to 1)", consumedAt);
            }

            if (window.Short <= TimeSpan.Zero || window.Short >= window.Long)
            {
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"{what} needs a short window shorter than its long window", at);
            }
            else if (window.Long >= period)
            {
                var fix = alerting.Windows is null ? "; declare 'alerting.windows' that fit it" : string.Empty;
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"{what} is not shorter than the {slo.Window} window of the objective{fix}", at);
            }
            else if (slice is { } whole && (window.Long.Ticks % whole.Ticks != 0 || window.Short.Ticks % whole.Ticks != 0))
            {
                var fix = alerting.Windows is null ? "; declare 'alerting.windows' in whole slices" : string.Empty;
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"{what} is not made of whole {Duration(whole)} time slices{fix}", at);
            }
        }

        foreach (var maintenance in alerting.Maintenance)
        {
            if (maintenance.End <= maintenance.Start)
            {
                Add(diagnostics, DefinitionRules.SloWindowsInconsistent, $"SLO '{slo.Id}': maintenance window '{maintenance.Name}' ends before it starts; split a window that crosses midnight in two", maintenance.Source.Of("end"));
            }
        }
    }

    private static void ValidateExpression(List<DefinitionDiagnostic> diagnostics, SloDefinition slo, string field, string? text, DatasetDefinition? dataset, HashSet<string> broken)
    {
        if (text is null)
        {
            return;
        }

        var parsed = SliParser.Parse(text);
        if (parsed.Error is { } syntax)
        {
            Add(diagnostics, DefinitionRules.InvalidSliExpression, $"SLO '{slo.Id}': '{field}' expression: {syntax.Message}", ExpressionLocation(slo, field, text, syntax.Offset));
            return;
        }

        if (dataset is null || parsed.Expression is not { } expression)
        {
            return;
        }

        var errors = SliTypeChecker.Check(text, expression, name => dataset.FindColumn(name)?.Type);
        foreach (var error in errors)
        {
            var location = ExpressionLocation(slo, field, text, error.Offset);
            if (error.UnknownColumn is { } column)
            {
                if (broken.Contains("column:" + column))
                {
                    continue;
                }

                var names = new List<string>();
                foreach (var candidate in dataset.Columns)
                {
                    names.Add(candidate.Name);
                }

                Add(diagnostics, DefinitionRules.UnknownColumn, $"SLO '{slo.Id}' names column '{column}' in its '{field}' expression, which dataset '{dataset.Id}' does not declare{NearestName.Suggest(column, names)}", location);
            }
            else
            {
                Add(diagnostics, DefinitionRules.InvalidSliExpression, $"SLO '{slo.Id}': '{field}' expression: {error.Message}", location);
            }
        }
    }

    /// <summary>Where an offset of an expression is in its file: the expression's own position plus the offset, on one line.</summary>
    private static SourceLocation? ExpressionLocation(SloDefinition slo, string field, string text, int offset)
    {
        var key = "indicator." + field;
        var start = slo.Source.Of(key);
        if (start is null || !slo.Source.Has(key) || text.IndexOf('\n') >= 0)
        {
            return start;
        }

        return new SourceLocation(start.File, start.Line, start.Column + offset);
    }

    private static string Duration(TimeSpan duration) => DurationText.Format(duration.TotalSeconds);
}
