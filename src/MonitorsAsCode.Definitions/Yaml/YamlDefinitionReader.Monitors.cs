using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>monitors:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] CommonMonitorKeys = ["id", "dataset", "check", "severity", "owner", "runbook", "description", "enabled"];
    private static readonly string[] ThresholdKeys = ["warn", "fail"];
    private static readonly string[] ColumnFieldKeys = ["column", "columns"];
    private static readonly string[] BandKeys = ["below", "above"];
    private static readonly Dictionary<string, CheckKind[]> CheckSpecificKeys = new(StringComparer.Ordinal)
    {
        ["method"] = [CheckKind.Drift],
        ["bins"] = [CheckKind.Drift, CheckKind.Performance],
        ["metric"] = [CheckKind.Performance],
        ["threshold"] = [CheckKind.Performance],
        ["costs"] = [CheckKind.Performance],
        ["tolerance"] = [CheckKind.Performance],
        ["relative"] = [CheckKind.Performance],
        ["min_labels"] = [CheckKind.Performance],
        ["binning"] = [CheckKind.Drift],
        ["edges"] = [CheckKind.Drift],
        ["effect"] = [CheckKind.Drift],
        ["correction"] = [CheckKind.Drift],
        ["roles"] = [CheckKind.Drift],
        ["null_share_change"] = [CheckKind.Drift],
        ["min"] = [CheckKind.Validity],
        ["max"] = [CheckKind.Validity],
        ["allowed"] = [CheckKind.Validity],
        ["unexpected_columns"] = [CheckKind.Schema],
    };

    private void ReadMonitor(YamlMapping mapping)
    {
        // The check decides which keys apply, so read it before judging the other keys.
        CheckKind? check = null;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == "check" && entry.Value is YamlScalar scalar)
            {
                foreach (var pair in YamlWords.Checks)
                {
                    if (pair.Key == scalar.Value)
                    {
                        check = pair.Value;
                    }
                }
            }
        }

        var allowed = new List<string>(CommonMonitorKeys);
        if (check is null or not (CheckKind.Schema or CheckKind.Volume))
        {
            allowed.AddRange(ColumnFieldKeys);
        }

        if (check is null || MetricCatalog.Describe(check.Value).AcceptsThresholds)
        {
            allowed.AddRange(ThresholdKeys);
            allowed.AddRange(HistoryKeys);
        }

        foreach (var pair in CheckSpecificKeys)
        {
            if (check is null || Array.IndexOf(pair.Value, check.Value) >= 0)
            {
                allowed.Add(pair.Key);
            }
        }

        var fields = new YamlFields(mapping, "a monitor", allowed, diagnostics, key => ExplainInapplicable(key, check));
        fields.RequireAll("id", "dataset", "check");
        var id = fields.Text("id");
        var dataset = fields.Text("dataset");
        var parsedCheck = fields.Word("check", YamlWords.Checks);
        if (id is null || dataset is null || parsedCheck is null)
        {
            Remember(id);
            return;
        }

        if (parsedCheck == CheckKind.Performance)
        {
            fields.RequireAll("metric");
        }

        var columns = ReadMonitorColumns(fields, parsedCheck.Value);
        var performanceMetric = parsedCheck == CheckKind.Performance && fields.Has("metric") ? fields.Word("metric", YamlWords.Metrics) : null;
        var relative = parsedCheck == CheckKind.Performance && (fields.Boolean("relative") ?? false);
        var method = parsedCheck == CheckKind.Drift && fields.Has("method") ? fields.Word("method", YamlWords.Methods) : null;
        var selection = parsedCheck == CheckKind.Drift ? ReadDriftSelection(fields, columns) : new MonitorDefinition(id, dataset, parsedCheck.Value);

        // The metric decides how thresholds read; an omitted drift method depends on whether thresholds are written.
        var metric = MetricCatalog.Describe(selection with
        {
            Check = parsedCheck.Value,
            Columns = columns,
            Method = method,
            Metric = performanceMetric,
            Relative = relative,
            Warn = fields.Has("warn") || fields.Has("fail") ? Threshold.AtMost(0) : null,
        });
        var monitor = new MonitorDefinition(id, dataset, parsedCheck.Value)
        {
            Columns = columns,
            Method = method,
            Roles = selection.Roles,
            AllColumns = selection.AllColumns,
            Bins = fields.Integer("bins", 2, 1000),
            Binning = fields.Has("binning") ? fields.Word("binning", YamlWords.Binnings) : null,
            Edges = ReadEdges(fields),
            Effect = ReadEffect(fields),
            Correction = fields.Has("correction") ? fields.Word("correction", YamlWords.Corrections) : null,
            NullShareChange = ReadLimits(fields, "null_share_change", MetricCatalog.NullShareChange),
            Warn = fields.Has("baseline") ? null : ReadThreshold(fields, "warn", metric),
            Fail = fields.Has("baseline") ? null : ReadThreshold(fields, "fail", metric),
            Severity = (fields.Has("severity") ? fields.Word("severity", YamlWords.Severities) : null) ?? Severity.Investigate,
            Owner = fields.Text("owner"),
            Runbook = fields.Text("runbook"),
            Description = fields.Text("description"),
            Min = fields.Number("min"),
            Max = fields.Number("max"),
            UnexpectedColumns = (fields.Has("unexpected_columns") ? fields.Word("unexpected_columns", YamlWords.UnexpectedColumnPolicies) : null) ?? UnexpectedColumns.Warn,
            Enabled = fields.Boolean("enabled") ?? true,
            Metric = performanceMetric,
            Relative = relative,
            DecisionThreshold = fields.Number("threshold"),
            Costs = ReadCosts(fields),
            Tolerance = fields.Number("tolerance"),
            MinLabels = fields.Has("min_labels") ? fields.Integer("min_labels", 1, int.MaxValue) : null,
        };

        monitor = ReadAllowed(fields, monitor);
        monitor = ReadHistoryOptions(fields, monitor);
        Monitors.Add(monitor with { Source = new SourceMap(mapping.Location, fields.Locations) });
    }

    private static string? ExplainInapplicable(string key, CheckKind? check)
    {
        if (check is null)
        {
            return null;
        }

        var word = YamlWords.Of(check.Value);
        if (CheckSpecificKeys.TryGetValue(key, out var checks))
        {
            var owners = new List<string>();
            foreach (var owner in checks)
            {
                owners.Add(YamlWords.Of(owner));
            }

            return $"'{key}' does not apply to {word} checks; it belongs to {string.Join(", ", owners)} checks";
        }

        if (Array.IndexOf(HistoryKeys, key) >= 0)
        {
            return $"'{key}' does not apply to {word} checks: they have no value to compare with the monitor's history";
        }

        if (Array.IndexOf(ThresholdKeys, key) >= 0)
        {
            return $"'{key}' does not apply to {word} checks: they fail on a missing or mistyped column and need no threshold";
        }

        if (Array.IndexOf(ColumnFieldKeys, key) >= 0)
        {
            return $"'{key}' does not apply to {word} checks: they look at the whole dataset";
        }

        return null;
    }

    private List<string> ReadMonitorColumns(YamlFields fields, CheckKind check)
    {
        if (check is CheckKind.Schema or CheckKind.Volume)
        {
            return [];
        }

        if (check is CheckKind.Performance or CheckKind.LabelCoverage && !fields.Has("column") && !fields.Has("columns"))
        {
            // The prediction column is the dataset's column of role prediction unless the monitor names one.
            return [];
        }

        if (fields.Has("column") && fields.Has("columns"))
        {
            Report(DefinitionRules.WrongValueType, "write either 'column' or 'columns', not both", fields.LocationOf("columns"));
        }

        if (fields.Has("column"))
        {
            var column = fields.Text("column");
            if (column is null)
            {
                return [];
            }

            fields.Locate("columns[0]", fields.LocationOf("column"));
            return [column];
        }

        if (fields.Has("columns") && check == CheckKind.Drift && fields.Has("roles"))
        {
            Report(DefinitionRules.WrongValueType, "write either 'columns' or 'roles', not both", fields.LocationOf("roles"));
        }

        if (check == CheckKind.Drift && fields.Node("columns") is YamlScalar { IsPlain: true, Value: "all" })
        {
            return [];
        }

        if (fields.Has("columns"))
        {
            var columns = fields.TextList("columns") ?? [];
            if (check == CheckKind.Drift && columns.Count == 0)
            {
                Report(DefinitionRules.WrongValueType, "a drift monitor over 'columns' needs at least one column, or the word all", fields.LocationOf("columns"));
            }

            if (check is not (CheckKind.Uniqueness or CheckKind.Drift) && columns.Count != 1)
            {
                Report(DefinitionRules.WrongValueType, $"a {YamlWords.Of(check)} check takes one column; write 'column: name'", fields.LocationOf("columns"));
            }

            if (check == CheckKind.Uniqueness && columns.Count == 0)
            {
                Report(DefinitionRules.WrongValueType, "a uniqueness key needs at least one column", fields.LocationOf("columns"));
            }

            return columns;
        }

        if (check == CheckKind.Drift && fields.Has("roles"))
        {
            return [];
        }

        var alternatives = check == CheckKind.Drift ? " (or 'columns' or 'roles' for a dataset drift monitor)" : string.Empty;
        fields.Report(DefinitionRules.MissingRequiredField, $"a {YamlWords.Of(check)} monitor is missing the required field 'column'{alternatives}", fields.Mapping.Location);
        return [];
    }

    /// <summary>The columns a drift monitor selects besides a list: <c>columns: all</c> or <c>roles: [...]</c>.</summary>
    private MonitorDefinition ReadDriftSelection(YamlFields fields, List<string> columns)
    {
        var selection = new MonitorDefinition(string.Empty, string.Empty, CheckKind.Drift);
        if (fields.Node("columns") is YamlScalar { IsPlain: true, Value: "all" })
        {
            return selection with { AllColumns = true };
        }

        if (!fields.Has("roles") || fields.Has("column") || columns.Count > 0)
        {
            return selection;
        }

        var roles = new List<ColumnRole>();
        var node = fields.Node("roles");
        var items = node is YamlSequence sequence ? sequence.Items : node is null ? [] : new[] { node };
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalar { IsNull: false } scalar && Find(YamlWords.Roles, scalar.Value) is { } role)
            {
                roles.Add(role);
                fields.Locate("roles[" + i.ToString(CultureInfo.InvariantCulture) + "]", scalar.Location);
                continue;
            }

            var names = new List<string>();
            foreach (var pair in YamlWords.Roles)
            {
                names.Add(pair.Key);
            }

            var found = items[i] is YamlScalar text ? text.Value : string.Empty;
            Report(DefinitionRules.WrongValueType, $"'roles' items must be one of {string.Join(", ", names)}, not {items[i].Describe()}{NearestName.Suggest(found, names)}", items[i].Location);
        }

        if (node is not null && roles.Count == 0 && items.Count == 0)
        {
            Report(DefinitionRules.WrongValueType, "'roles' needs at least one role, such as [feature]", node.Location);
        }

        return selection with { Roles = roles };
    }

    private static T? Find<T>(IReadOnlyList<KeyValuePair<string, T>> words, string word)
        where T : struct
    {
        foreach (var pair in words)
        {
            if (string.Equals(pair.Key, word, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary><c>edges: [0, 10, 100]</c>: finite numbers, strictly ascending; item positions are kept as <c>edges[i]</c>.</summary>
    private List<double>? ReadEdges(YamlFields fields)
    {
        var node = fields.Node("edges");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence || sequence.Items.Count == 0)
        {
            Report(DefinitionRules.WrongValueType, $"'edges' must be a list of ascending numbers such as [0, 10, 100], not {node.Describe()}", node.Location);
            return null;
        }

        var edges = new List<double>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (fields.Number("edges", item) is not { } edge)
            {
                return null;
            }

            if (edges.Count > 0 && edge <= edges[edges.Count - 1])
            {
                Report(DefinitionRules.WrongValueType, $"'edges' must be strictly ascending, but {item.Describe()} follows {edges[edges.Count - 1].ToString("R", CultureInfo.InvariantCulture)}", item.Location);
                return null;
            }

            fields.Locate("edges[" + i.ToString(CultureInfo.InvariantCulture) + "]", item.Location);
            edges.Add(edge);
        }

        return edges;
    }

    /// <summary><c>effect: {method: wasserstein, min: 0.1}</c>; positions are kept as <c>effect.method</c> and <c>effect.min</c>.</summary>
    private DriftEffect? ReadEffect(YamlFields fields)
    {
        var node = fields.Node("effect");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'effect' must be a mapping such as {{ method: wasserstein, min: 0.1 }}, not {node.Describe()}", node.Location);
            return null;
        }

        var effect = new YamlFields(mapping, "'effect'", ["method", "min"], diagnostics);
        effect.RequireAll("method", "min");
        var method = effect.Word("method", YamlWords.Methods);
        var minimum = effect.Number("min");
        foreach (var pair in effect.Locations)
        {
            fields.Locate("effect." + pair.Key, pair.Value);
        }

        return method is { } m && minimum is { } min ? new DriftEffect(m, min) : null;
    }

    /// <summary>A mapping of warn and fail limits on a secondary metric, such as <c>null_share_change: {fail: 0.05}</c>.</summary>
    private ThresholdPair? ReadLimits(YamlFields fields, string key, MetricDescription metric)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a mapping such as {{ warn: 0.01, fail: 0.05 }}, not {node.Describe()}", node.Location);
            return null;
        }

        var limits = new YamlFields(mapping, $"'{key}'", ThresholdKeys, diagnostics);
        if (mapping.Entries.Count == 0)
        {
            Report(DefinitionRules.MissingRequiredField, $"'{key}' needs 'warn', 'fail' or both", mapping.Location);
            return null;
        }

        var warn = ReadThreshold(limits, "warn", metric);
        var fail = ReadThreshold(limits, "fail", metric);
        foreach (var pair in limits.Locations)
        {
            fields.Locate(key + "." + pair.Key, pair.Value);
        }

        return warn is null && fail is null ? null : new ThresholdPair(warn, fail);
    }

    private Threshold? ReadThreshold(YamlFields fields, string key, MetricDescription metric)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMapping band)
        {
            string[] keys = metric.IsBand ? BandKeys : metric.SmallerIsWorse ? ["below"] : ["above"];
            var bandFields = new YamlFields(band, $"the '{key}' threshold", keys, diagnostics, bandKey => (bandKey, metric.IsBand, metric.SmallerIsWorse) switch
            {
                ("below", false, false) => $"'below' does not apply: a {metric.Name} threshold is an upper limit; write '{key}: <limit>'",
                ("above", false, true) => $"'above' does not apply: a smaller {metric.Name} is worse, so its threshold is a lower limit; write '{key}: <limit>'",
                _ => null,
            });
            var below = bandFields.Node("below") is { } belowNode ? ReadLimit(bandFields, "below", belowNode, metric) : null;
            var above = bandFields.Node("above") is { } aboveNode ? ReadLimit(bandFields, "above", aboveNode, metric) : null;
            if (!bandFields.Has("below") && !bandFields.Has("above") && band.Entries.Count == 0)
            {
                Report(DefinitionRules.MissingRequiredField, $"the '{key}' threshold needs 'below', 'above' or both", band.Location);
                return null;
            }

            if (!bandFields.Has("below") && !bandFields.Has("above"))
            {
                return null;
            }

            return below is null && above is null ? null : new Threshold(below, above);
        }

        if (metric.IsBand)
        {
            Report(DefinitionRules.WrongValueType, $"a {metric.Name} threshold is a band: write '{key}: {{ below: 0.8, above: 1.25 }}'", node.Location);
            return null;
        }

        var limit = ReadLimit(fields, key, node, metric);
        if (limit is null)
        {
            return null;
        }

        return metric.SmallerIsWorse ? Threshold.AtLeast(limit.Value) : Threshold.AtMost(limit.Value);
    }

    private double? ReadLimit(YamlFields fields, string key, YamlNode node, MetricDescription metric)
    {
        if (metric.Unit != MetricUnit.Duration)
        {
            return fields.Number(key, node);
        }

        if (node is YamlScalar scalar && DurationText.TryParse(scalar.Value, out var duration))
        {
            return duration.TotalSeconds;
        }

        Report(DefinitionRules.WrongValueType, DurationText.Problem(key, (node as YamlScalar)?.Value, node.Describe(), "36h, 90m or 2d"), node.Location);
        return null;
    }

    /// <summary><c>costs: { false_positive: 1, false_negative: 25 }</c>: both at least 0; positions kept as <c>costs.false_positive</c>.</summary>
    private PerformanceCosts? ReadCosts(YamlFields fields)
    {
        var node = fields.Node("costs");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'costs' must be a mapping such as {{ false_positive: 1, false_negative: 25 }}, not {node.Describe()}", node.Location);
            return null;
        }

        var costs = new YamlFields(mapping, "'costs'", ["false_positive", "false_negative"], diagnostics);
        costs.RequireAll("false_positive", "false_negative");
        var falsePositive = costs.Number("false_positive");
        var falseNegative = costs.Number("false_negative");
        foreach (var pair in costs.Locations)
        {
            fields.Locate("costs." + pair.Key, pair.Value);
        }

        foreach (var (key, value) in new[] { ("false_positive", falsePositive), ("false_negative", falseNegative) })
        {
            if (value is < 0 && costs.Node(key) is { } written)
            {
                Report(DefinitionRules.WrongValueType, $"'{key}' must be a cost of at least 0, not {written.Describe()}", written.Location);
                return null;
            }
        }

        return falsePositive is { } fp && falseNegative is { } fn ? new PerformanceCosts(fp, fn) : null;
    }

    private MonitorDefinition ReadAllowed(YamlFields fields, MonitorDefinition monitor)
    {
        var node = fields.Node("allowed");
        if (node is YamlScalar { IsPlain: true, Value: "reference" })
        {
            return monitor with { AllowedFromReference = true };
        }

        if (node is YamlScalar)
        {
            Report(DefinitionRules.WrongValueType, $"'allowed' must be a list of values or the word reference, not {node.Describe()}", node.Location);
            return monitor;
        }

        return monitor with { Allowed = fields.TextList("allowed") };
    }
}
