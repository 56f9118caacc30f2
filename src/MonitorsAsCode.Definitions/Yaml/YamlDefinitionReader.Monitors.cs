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
        ["bins"] = [CheckKind.Drift],
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

        var columns = ReadMonitorColumns(fields, parsedCheck.Value);
        var method = parsedCheck == CheckKind.Drift && fields.Has("method") ? fields.Word("method", YamlWords.Methods) : null;
        var metric = MetricCatalog.Describe(parsedCheck.Value, method);
        var monitor = new MonitorDefinition(id, dataset, parsedCheck.Value)
        {
            Columns = columns,
            Method = method,
            Bins = fields.Integer("bins", 2, 1000),
            Warn = ReadThreshold(fields, "warn", metric),
            Fail = ReadThreshold(fields, "fail", metric),
            Severity = (fields.Has("severity") ? fields.Word("severity", YamlWords.Severities) : null) ?? Severity.Investigate,
            Owner = fields.Text("owner"),
            Runbook = fields.Text("runbook"),
            Description = fields.Text("description"),
            Min = fields.Number("min"),
            Max = fields.Number("max"),
            UnexpectedColumns = (fields.Has("unexpected_columns") ? fields.Word("unexpected_columns", YamlWords.UnexpectedColumnPolicies) : null) ?? UnexpectedColumns.Warn,
            Enabled = fields.Boolean("enabled") ?? true,
        };

        monitor = ReadAllowed(fields, monitor);
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

        if (fields.Has("column") && fields.Has("columns"))
        {
            Report(DefinitionRules.WrongValueType, "write either 'column' or 'columns', not both", fields.Node("columns")!.Location);
        }

        if (fields.Has("column"))
        {
            var column = fields.Text("column");
            if (column is null)
            {
                return [];
            }

            fields.Locate("columns[0]", fields.Node("column")!.Location);
            return [column];
        }

        if (fields.Has("columns"))
        {
            var columns = fields.TextList("columns") ?? [];
            if (check != CheckKind.Uniqueness && columns.Count != 1)
            {
                Report(DefinitionRules.WrongValueType, $"a {YamlWords.Of(check)} check takes one column; write 'column: name'", fields.Node("columns")!.Location);
            }

            if (check == CheckKind.Uniqueness && columns.Count == 0)
            {
                Report(DefinitionRules.WrongValueType, "a uniqueness key needs at least one column", fields.Node("columns")!.Location);
            }

            return columns;
        }

        fields.Report(DefinitionRules.MissingRequiredField, $"a {YamlWords.Of(check)} monitor is missing the required field 'column'", fields.Mapping.Location);
        return [];
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
            var bandFields = new YamlFields(band, $"the '{key}' threshold", metric.IsBand ? BandKeys : ["above"], diagnostics, bandKey =>
                bandKey == "below" && !metric.IsBand ? $"'below' does not apply: a {metric.Name} threshold is an upper limit; write '{key}: <limit>'" : null);
            var below = bandFields.Has("below") ? ReadLimit(bandFields, "below", bandFields.Node("below")!, metric) : null;
            var above = bandFields.Has("above") ? ReadLimit(bandFields, "above", bandFields.Node("above")!, metric) : null;
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
        return limit is null ? null : Threshold.AtMost(limit.Value);
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

        Report(DefinitionRules.WrongValueType, $"'{key}' must be a duration such as 36h, 90m or 2d, not {node.Describe()}", node.Location);
        return null;
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
