using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>The rules for drift monitors: methods against column types, and options that only some methods take.</summary>
public static partial class DefinitionValidator
{
    private const string BinnedMethods = "psi, jensen-shannon, kl, hellinger, chi-square, total-variation, l-infinity";
    private const string PValueMethods = "ks, anderson-darling, cramer-von-mises, chi-square, z";

    /// <summary>Options that do not apply to the monitor's method or shape (MAC0015), and the ranges of the drift-specific limits.</summary>
    private static void ValidateDriftOptions(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor)
    {
        var source = monitor.Source;
        var method = monitor.EffectiveMethod ?? DriftMethod.Auto;
        var word = Method(method);
        if (!monitor.IsDatasetDrift && method == DriftMethod.Auto && (monitor.Warn is not null || monitor.Fail is not null))
        {
            var field = monitor.Warn is not null ? "warn" : "fail";
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': method auto picks the method, and with it the metric, for the column and judges it by that method's default thresholds; remove '{field}' or name a method", source.Of(field));
        }

        // The YAML reader gives a threshold the metric's direction; C# names it (Warn, WarnBelow), so it can be the wrong one.
        var metric = MetricCatalog.Describe(monitor);
        foreach (var (name, threshold) in new[] { ("warn", monitor.Warn), ("fail", monitor.Fail) })
        {
            var call = name == "warn" ? "Warn" : "Fail";
            if (metric.SmallerIsWorse && threshold?.Above is not null)
            {
                Add(diagnostics, DefinitionRules.WrongValueType, $"monitor '{monitor.Id}': {name} is an upper limit, but a smaller {metric.Name} is worse; its threshold is a lower limit (breached below it): in C#, call {call}Below", source.Of(name));
            }
            else if (!metric.SmallerIsWorse && !metric.IsBand && threshold?.Below is not null)
            {
                Add(diagnostics, DefinitionRules.WrongValueType, $"monitor '{monitor.Id}': {name} is a lower limit, but a larger {metric.Name} is worse; its threshold is an upper limit (breached above it): in C#, call {call}", source.Of(name));
            }
        }

        if (method != DriftMethod.Auto && !DriftMethods.IsBinned(method))
        {
            foreach (var key in BinningKeys(monitor))
            {
                Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': '{key}' applies to binned methods ({BinnedMethods}), and method {word} compares the values themselves", source.Of(key));
            }
        }
        else if (monitor.Edges is not null && monitor.IsDatasetDrift)
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'edges' are one column's bin edges, and a dataset drift monitor compares several columns; use 'binning' or 'bins'", source.Of("edges"));
        }
        else if (monitor.Edges is not null && (monitor.Bins is not null || monitor.Binning is not null))
        {
            var other = monitor.Bins is not null ? "bins" : "binning";
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'edges' fixes the bins, so '{other}' has no effect; remove one of them", source.Of(other));
        }
        else if (monitor.Binning == DriftBinning.Sturges && monitor.Bins is not null)
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'bins' has no effect with binning sturges, which sets the number of bins from the sample size; remove 'bins' or use reference-quantiles", source.Of("bins"));
        }

        if (monitor.Effect is { } effect)
        {
            ValidateEffect(diagnostics, monitor, method, effect);
        }

        if (DriftMethods.IsMultivariate(method) && !monitor.IsDatasetDrift)
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': method {word} tells rows apart on several columns together; give it 'columns', 'roles' or 'columns: all'", source.Of("method"));
        }

        if (monitor.Correction is not null && DriftMethods.IsMultivariate(method))
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'correction' applies to p-values of several columns, and method {word} gives one score for all of them", source.Of("correction"));
        }
        else if (monitor.Correction is not null && !monitor.IsDatasetDrift)
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'correction' applies to dataset drift monitors, which test several columns at once, and this monitor tests one column", source.Of("correction"));
        }

        if (monitor.NullShareChange is not null && DriftMethods.IsMultivariate(method))
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'null_share_change' judges one column's nulls, and method {word} gives one score for all columns (nulls are among its inputs)", source.Of("null_share_change"));
        }
        else if (monitor.NullShareChange is { } limits)
        {
            ValidateLimits(diagnostics, monitor, "null_share_change", limits, MetricCatalog.NullShareChange);
        }
    }

    private static void ValidateEffect(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, DriftMethod method, DriftEffect effect)
    {
        var source = monitor.Source;
        if (method != DriftMethod.Auto && !DriftMethods.IsPValueTest(method))
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': 'effect' applies to p-value tests ({PValueMethods}) and auto, and method {Method(method)} measures an effect size already; its thresholds are the practical limit", source.Of("effect"));
            return;
        }

        if (effect.Method == DriftMethod.Auto || DriftMethods.IsPValueTest(effect.Method))
        {
            Add(diagnostics, DefinitionRules.DriftOptionNotApplicable, $"monitor '{monitor.Id}': the effect is a distance, such as wasserstein or jensen-shannon, and {Method(effect.Method)} is not one", source.Of("effect.method"));
            return;
        }

        var metric = MetricCatalog.Describe(CheckKind.Drift, effect.Method);
        if (effect.Minimum < metric.Minimum || effect.Minimum > metric.Maximum)
        {
            Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"monitor '{monitor.Id}': effect min {Format(effect.Minimum)} is outside what its {metric.Name} can take ({RangeText(metric)})", source.Of("effect.min"));
        }
    }

    /// <summary>Range and order of a pair of limits on a secondary metric, reported at <c>key.warn</c> / <c>key.fail</c>.</summary>
    private static void ValidateLimits(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, string key, ThresholdPair limits, MetricDescription metric)
    {
        var source = monitor.Source;
        var inRange = true;
        foreach (var (name, threshold) in new[] { ("warn", limits.Warn), ("fail", limits.Fail) })
        {
            foreach (var limit in new[] { threshold?.Below, threshold?.Above })
            {
                if (limit is { } value && (value < metric.Minimum || value > metric.Maximum))
                {
                    inRange = false;
                    Add(diagnostics, DefinitionRules.ThresholdOutOfRange, $"monitor '{monitor.Id}': {key} {name} {FormatLimit(value, metric)} is outside what its {metric.Name} can take ({RangeText(metric)})", source.Of(key + "." + name));
                }
            }
        }

        if (inRange && limits.Warn?.Above is { } warn && limits.Fail?.Above is { } fail && warn >= fail)
        {
            Add(diagnostics, DefinitionRules.ThresholdsReversed, $"monitor '{monitor.Id}': {key} warn ({FormatLimit(warn, metric)}) must be less strict than fail ({FormatLimit(fail, metric)}), or the warning never comes first", source.Of(key + ".warn"));
        }
    }

    /// <summary>The columns of a dataset drift monitor that selects by roles or <c>all</c>: at least one, each measurable by the method.</summary>
    private static void ValidateDriftSelection(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, DatasetDefinition dataset)
    {
        if (monitor.Columns.Count > 0)
        {
            return;
        }

        var names = DriftColumns.Select(monitor, dataset);
        var what = monitor.AllColumns ? "columns: all" : "roles [" + RoleList(monitor.Roles) + "]";
        if (names.Count == 0)
        {
            Add(diagnostics, DefinitionRules.UnknownColumn, $"monitor '{monitor.Id}': {what} selects no column of dataset '{dataset.Id}'", monitor.Source.Of(monitor.AllColumns ? "columns" : "roles[0]"));
            return;
        }

        foreach (var name in names)
        {
            if (dataset.FindColumn(name) is { } column && DriftApplicability(monitor, column) is { } problem)
            {
                Add(diagnostics, DefinitionRules.NotApplicableToColumnType, $"monitor '{monitor.Id}': {problem.Message} (selected by {what})", monitor.Source.Of(problem.Field));
            }
        }
    }

    /// <summary>Why the monitor's method (or its effect, or its bins) cannot measure this column, and the field to point at; null when it can.</summary>
    private static (string Message, string Field)? DriftApplicability(MonitorDefinition monitor, ColumnDefinition column)
    {
        var type = column.Type;
        var method = monitor.EffectiveMethod ?? DriftMethod.Auto;
        if (method != DriftMethod.Auto && !DriftMethods.AppliesTo(method, type))
        {
            if (method == DriftMethod.TwoProportionZ)
            {
                return ($"method z compares the two categories of a bool or text column, and '{column.Name}' is {Word(type)}; use ks or psi", "method");
            }

            var instead = DriftMethods.IsPValueTest(method) ? "chi-square or jensen-shannon" : "psi or jensen-shannon";
            return ($"method {Method(method)} needs a numeric column, and '{column.Name}' is {Word(type)}; use {instead}", "method");
        }

        if (monitor.Effect is { } effect && method != DriftMethod.Auto && !DriftMethods.AppliesTo(effect.Method, type))
        {
            return ($"effect method {Method(effect.Method)} needs a numeric column, and '{column.Name}' is {Word(type)}; use jensen-shannon", "effect.method");
        }

        if (!monitor.IsDatasetDrift && !DriftMethods.IsNumeric(type))
        {
            foreach (var key in BinningKeys(monitor))
            {
                return ($"'{key}' cuts a numeric column into bins, and '{column.Name}' is {Word(type)}, whose categories are compared one by one; remove '{key}'", key);
            }
        }

        return null;
    }

    private static List<string> BinningKeys(MonitorDefinition monitor)
    {
        var keys = new List<string>();
        if (monitor.Bins is not null)
        {
            keys.Add("bins");
        }

        if (monitor.Binning is not null)
        {
            keys.Add("binning");
        }

        if (monitor.Edges is not null)
        {
            keys.Add("edges");
        }

        return keys;
    }

    private static string RoleList(IReadOnlyList<ColumnRole> roles)
    {
        var words = new List<string>();
        foreach (var role in roles)
        {
            words.Add(Yaml.YamlWords.Of(role));
        }

        return string.Join(", ", words);
    }

    private static string Method(DriftMethod method) => Yaml.YamlWords.Of(method);
}
