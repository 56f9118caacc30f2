using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>
/// The rules that judge definitions as a whole, however they were written (YAML or C#): ids,
/// references between definitions, thresholds against what the metric can take, and the runbook
/// rule for paging monitors.
/// </summary>
public static partial class DefinitionValidator
{
    /// <summary>
    /// Validates a set. <paramref name="incomplete"/> holds ids of definitions that were written but
    /// could not be built (already reported), so references to them are not reported again.
    /// <paramref name="referencesMayBeMissing"/> says a file could not be parsed, so definitions it
    /// held are unknown and references to undeclared datasets and monitors are not reported.
    /// </summary>
    public static IReadOnlyList<DefinitionDiagnostic> Validate(DefinitionSet set, IReadOnlyCollection<string>? incomplete = null, bool referencesMayBeMissing = false)
    {
        var diagnostics = new List<DefinitionDiagnostic>();
        var broken = new HashSet<string>(incomplete ?? Array.Empty<string>(), StringComparer.Ordinal);
        CheckDuplicates(diagnostics, set.Datasets, d => d.Id, d => d.Source, id => $"duplicate dataset id '{id}'");
        CheckDuplicates(diagnostics, set.Monitors, m => m.Id, m => m.Source, id => $"duplicate monitor id '{id}'");
        CheckDuplicates(diagnostics, set.Gates, g => g.Id, g => g.Source, id => $"duplicate gate id '{id}'");
        foreach (var dataset in set.Datasets)
        {
            CheckDuplicates(diagnostics, dataset.Columns, c => c.Name, c => c.Source, name => $"duplicate column '{name}' in dataset '{dataset.Id}'");
        }

        foreach (var dataset in set.Datasets)
        {
            ValidateLabels(diagnostics, dataset, broken);
        }

        foreach (var monitor in set.Monitors)
        {
            ValidateMonitor(diagnostics, set, monitor, broken, referencesMayBeMissing);
        }

        foreach (var gate in set.Gates)
        {
            for (var i = 0; i < gate.Monitors.Count; i++)
            {
                var member = gate.Monitors[i];
                if (set.FindMonitor(member) is null && !broken.Contains(member) && !referencesMayBeMissing)
                {
                    var names = new List<string>();
                    foreach (var monitor in set.Monitors)
                    {
                        names.Add(monitor.Id);
                    }

                    Add(diagnostics, DefinitionRules.UnknownGateMonitor, $"gate '{gate.Id}' names monitor '{member}', which is not declared{NearestName.Suggest(member, names)}", gate.Source.Of(Indexed("monitors", i)));
                }
            }
        }

        ValidateRunbooks(diagnostics, set, broken, referencesMayBeMissing);
        ValidateSlos(diagnostics, set, broken, referencesMayBeMissing);
        ValidateNames(diagnostics, set);
        ValidateLinkBases(diagnostics, set);
        ValidateHistoryStores(diagnostics, set);
        ValidateEvents(diagnostics, set, broken, referencesMayBeMissing);
        ValidateReferenceWindows(diagnostics, set);
        return diagnostics;
    }

    private static void ValidateMonitor(List<DefinitionDiagnostic> diagnostics, DefinitionSet set, MonitorDefinition monitor, HashSet<string> broken, bool referencesMayBeMissing)
    {
        var source = monitor.Source;
        var dataset = set.FindDataset(monitor.DatasetId);
        if (dataset is null && !broken.Contains(monitor.DatasetId) && !referencesMayBeMissing)
        {
            var names = new List<string>();
            foreach (var candidate in set.Datasets)
            {
                names.Add(candidate.Id);
            }

            Add(diagnostics, DefinitionRules.UnknownDataset, $"monitor '{monitor.Id}' names dataset '{monitor.DatasetId}', which is not declared{NearestName.Suggest(monitor.DatasetId, names)}", source.Of("dataset"));
        }

        var metric = MetricCatalog.Describe(monitor);
        if (monitor.Baseline is null)
        {
            ValidateThresholds(diagnostics, monitor, metric);
        }

        ValidateHistoryOptions(diagnostics, monitor, metric);
        if (monitor.Check == CheckKind.Drift)
        {
            ValidateDriftOptions(diagnostics, monitor);
        }

        if (monitor.Check == CheckKind.Performance)
        {
            ValidatePerformanceOptions(diagnostics, monitor);
        }

        if (monitor.Severity == Severity.Act && string.IsNullOrWhiteSpace(monitor.Runbook))
        {
            Add(diagnostics, DefinitionRules.RunbookRequired, $"monitor '{monitor.Id}' has severity act but no runbook: whoever is paged needs to know what to do", source.Of("severity"));
        }

        if (monitor.Check == CheckKind.Validity)
        {
            if (monitor.Min is null && monitor.Max is null && monitor.Allowed is null && !monitor.AllowedFromReference
                && !source.Has("min") && !source.Has("max") && !source.Has("allowed"))
            {
                Add(diagnostics, DefinitionRules.MissingRequiredField, $"validity monitor '{monitor.Id}' needs 'min', 'max' or 'allowed'", source.Location);
            }

            if (monitor.Min is { } min && monitor.Max is { } max && min > max)
            {
                Add(diagnostics, DefinitionRules.EmptyRange, $"monitor '{monitor.Id}' has min {Format(min)} greater than max {Format(max)}, so every value would be invalid", source.Of("min"));
            }
        }

        if (dataset is null)
        {
            return;
        }

        var needsReference = monitor.Check is CheckKind.Drift or CheckKind.Volume || monitor.AllowedFromReference;
        // A reference that was written but could not be read is reported where it is written, not again here.
        if (needsReference && !dataset.Snapshots.HasReference && !dataset.Source.Has("snapshots.reference"))
        {
            var what = monitor.AllowedFromReference ? "'allowed: reference'" : $"a {Word(monitor.Check)} check";
            Add(diagnostics, DefinitionRules.ReferenceSnapshotRequired, $"monitor '{monitor.Id}' uses {what}, but dataset '{dataset.Id}' has no reference snapshot", source.Of(monitor.AllowedFromReference ? "allowed" : "check"));
        }

        if (monitor.IsDatasetDrift)
        {
            ValidateDriftSelection(diagnostics, monitor, dataset);
        }

        if (monitor.Check is CheckKind.Performance or CheckKind.LabelCoverage)
        {
            ValidateLabelledMonitor(diagnostics, monitor, dataset);
        }

        for (var i = 0; i < monitor.Columns.Count; i++)
        {
            var name = monitor.Columns[i];
            var column = dataset.FindColumn(name);
            if (column is null)
            {
                if (!broken.Contains("column:" + name))
                {
                    var names = new List<string>();
                    foreach (var candidate in dataset.Columns)
                    {
                        names.Add(candidate.Name);
                    }

                    Add(diagnostics, DefinitionRules.UnknownColumn, $"monitor '{monitor.Id}' names column '{name}', which dataset '{dataset.Id}' does not declare{NearestName.Suggest(name, names)}", source.Of(Indexed("columns", i)));
                }

                continue;
            }

            var problem = Applicability(monitor, column);
            if (problem is { } found)
            {
                Add(diagnostics, DefinitionRules.NotApplicableToColumnType, $"monitor '{monitor.Id}': {found.Message}", source.Of(found.Field));
            }
        }
    }

    /// <summary>Why a monitor cannot check a column of this type, and the field to point at; null when it can.</summary>
    private static (string Message, string Field)? Applicability(MonitorDefinition monitor, ColumnDefinition column)
    {
        var type = column.Type;
        var numeric = type is ColumnType.Double or ColumnType.Int64;
        switch (monitor.Check)
        {
            case CheckKind.Drift:
                return DriftApplicability(monitor, column);
            case CheckKind.Validity when (monitor.Min is not null || monitor.Max is not null) && !numeric:
                return ($"a min/max range needs a numeric column, and '{monitor.Column}' is {Word(type)}; use 'allowed'", monitor.Min is not null ? "min" : "max");
            case CheckKind.Performance or CheckKind.LabelCoverage when !numeric && type != ColumnType.Bool:
                return ($"the prediction column '{monitor.Column}' is {Word(type)}; performance needs a double, int64 or bool score", "columns[0]");
            case CheckKind.Freshness when type is not (ColumnType.Timestamp or ColumnType.Date):
                return ($"a freshness check needs a timestamp or date column, and '{monitor.Column}' is {Word(type)}", "check");
            default:
                return null;
        }
    }

    private static void ValidateThresholds(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, MetricDescription metric)
    {
        var source = monitor.Source;
        if (!metric.AcceptsThresholds)
        {
            return;
        }

        if (monitor.Warn is null && monitor.Fail is null && !source.Has("warn") && !source.Has("fail"))
        {
            Add(diagnostics, DefinitionRules.MissingRequiredField, $"monitor '{monitor.Id}' needs a 'warn' or 'fail' threshold on its {metric.Name}", source.Location);
            return;
        }

        var inRange = true;
        foreach (var (name, threshold) in new[] { ("warn", monitor.Warn), ("fail", monitor.Fail) })
        {
            if (threshold is not { } limits)
            {
                continue;
            }

            if (limits.Below is { } lower && limits.Above is { } upper && lower >= upper)
            {
                inRange = false;
                Add(diagnostics, DefinitionRules.EmptyRange, $"monitor '{monitor.Id}': the {name} band has below {FormatLimit(lower, metric)} not under above {FormatLimit(upper, metric)}, so every value breaches it; write below as the lower limit", source.Of(name));
            }

            foreach (var limit in new[] { limits.Below, limits.Above })
            {
                if (limit is { } value && (value < metric.Minimum || value > metric.Maximum))
                {
                    inRange = false;
                    Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"monitor '{monitor.Id}': {name} {FormatLimit(value, metric)} is outside what its {metric.Name} can take ({RangeText(metric)})", source.Of(name));
                }
            }
        }

        if (!inRange || monitor.Warn is not { } warn || monitor.Fail is not { } fail)
        {
            return;
        }

        var reversed = (warn.Above is { } warnAbove && fail.Above is { } failAbove && warnAbove >= failAbove)
            || (warn.Below is { } warnBelow && fail.Below is { } failBelow && warnBelow <= failBelow);
        if (reversed)
        {
            var advice = warn.Equals(fail) ? string.Empty : "; swap them";
            Add(diagnostics, DefinitionRules.ThresholdsReversed, $"monitor '{monitor.Id}': warn ({Describe(warn, metric)}) must be less strict than fail ({Describe(fail, metric)}), or the warning never comes first{advice}", source.Of("warn"));
        }
    }

    private static string Describe(Threshold threshold, MetricDescription metric) => (threshold.Below, threshold.Above) switch
    {
        (null, { } above) => FormatLimit(above, metric),
        ({ } below, null) => "below " + FormatLimit(below, metric),
        ({ } below, { } above) => "below " + FormatLimit(below, metric) + " or above " + FormatLimit(above, metric),
        _ => "none",
    };

    private static string RangeText(MetricDescription metric)
    {
        var upper = double.IsPositiveInfinity(metric.Maximum) ? "no upper bound" : "up to " + FormatLimit(metric.Maximum, metric);
        return "from " + FormatLimit(metric.Minimum, metric) + ", " + upper;
    }

    private static string FormatLimit(double value, MetricDescription metric) =>
        metric.Unit == MetricUnit.Duration ? DurationText.Format(value) : Format(value);

    private static string Format(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static void CheckDuplicates<T>(List<DefinitionDiagnostic> diagnostics, IReadOnlyList<T> items, Func<T, string> id, Func<T, SourceMap> source, Func<string, string> message)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (first.TryGetValue(key, out var original))
            {
                var where = source(original).Location is { } location ? $" (first declared at {location})" : string.Empty;
                Add(diagnostics, DefinitionRules.DuplicateId, message(key) + where, source(item).Of("id"));
            }
            else
            {
                first[key] = item;
            }
        }
    }

    private static string Indexed(string field, int index) => field + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Word(CheckKind check) => Yaml.YamlWords.Of(check);

    private static string Word(ColumnType type) => Yaml.YamlWords.Of(type);

    private static void Add(List<DefinitionDiagnostic> diagnostics, DiagnosticRule rule, string message, SourceLocation? location) =>
        diagnostics.Add(new DefinitionDiagnostic(rule, message, location));
}
