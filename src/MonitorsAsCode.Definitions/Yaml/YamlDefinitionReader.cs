using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>
/// Turns the YAML of one file into definition records, reporting every structural problem
/// (unknown keys, wrong types, missing fields) rather than stopping at the first.
/// Cross-definition rules run afterwards in <see cref="DefinitionValidator"/>.
/// </summary>
internal sealed class YamlDefinitionReader
{
    private static readonly string[] TopLevelKeys = ["datasets", "monitors", "gates"];
    private static readonly string[] DatasetKeys = ["id", "owner", "description", "snapshots", "columns"];
    private static readonly string[] SnapshotKeys = ["reference", "current", "captured_at"];
    private static readonly string[] ColumnKeys = ["type", "role"];
    private static readonly string[] GateKeys = ["id", "description", "monitors"];
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

    private readonly string file;
    private readonly string directory;
    private readonly ICollection<DefinitionDiagnostic> diagnostics;

    public YamlDefinitionReader(string file, ICollection<DefinitionDiagnostic> diagnostics)
    {
        this.file = file;
        directory = Path.GetDirectoryName(file) ?? string.Empty;
        this.diagnostics = diagnostics;
    }

    public List<DatasetDefinition> Datasets { get; } = [];

    public List<MonitorDefinition> Monitors { get; } = [];

    public List<GateDefinition> Gates { get; } = [];

    /// <summary>Ids of definitions that were written but could not be built; other rules do not report them as unknown.</summary>
    public HashSet<string> IncompleteIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether part of the file could not be read, so definitions it holds may be missing.</summary>
    public bool IsPartial { get; private set; }

    public void Read(string text)
    {
        var before = diagnostics.Count;
        var documents = YamlTreeBuilder.Parse(file, text, diagnostics);
        foreach (var diagnostic in diagnostics.Skip(before))
        {
            IsPartial |= diagnostic.Rule == DefinitionRules.YamlSyntax;
        }

        foreach (var document in documents)
        {
            if (document is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (document is not YamlMapping root)
            {
                Report(DefinitionRules.WrongValueType, $"a definitions file must be a mapping with {string.Join(", ", TopLevelKeys)}, not {document.Describe()}", document.Location);
                continue;
            }

            var fields = new YamlFields(root, "a definitions file", TopLevelKeys, diagnostics);
            RememberIdsUnderUnknownKeys(root);
            ReadList(fields, "datasets", ReadDataset);
            ReadList(fields, "monitors", ReadMonitor);
            ReadList(fields, "gates", ReadGate);
        }
    }

    /// <summary>
    /// A misspelt top-level key (<c>monitor:</c>) is reported once; the ids written under it are
    /// remembered so gates naming them are not reported again as unknown.
    /// </summary>
    private void RememberIdsUnderUnknownKeys(YamlMapping root)
    {
        foreach (var entry in root.Entries)
        {
            if (Array.IndexOf(TopLevelKeys, entry.Key.Value) >= 0 || entry.Value is not YamlSequence sequence)
            {
                continue;
            }

            foreach (var item in sequence.Items)
            {
                if (item is not YamlMapping mapping)
                {
                    continue;
                }

                foreach (var field in mapping.Entries)
                {
                    if (field.Key.Value == "id" && field.Value is YamlScalar { IsNull: false } id)
                    {
                        IncompleteIds.Add(id.Value);
                    }
                }
            }
        }
    }

    private void ReadList(YamlFields fields, string key, Action<YamlMapping> read)
    {
        var node = fields.Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DefinitionRules.WrongValueType, $"'{key}' must be a list (each item starting with '- '), not {node.Describe()}", node.Location);
            return;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                read(mapping);
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"each item of '{key}' must be a mapping, not {item.Describe()}", item.Location);
            }
        }
    }

    private void ReadDataset(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a dataset", DatasetKeys, diagnostics);
        fields.RequireAll("id", "snapshots", "columns");
        var id = fields.Text("id");
        var snapshots = ReadSnapshots(fields);
        var columns = ReadColumns(fields);
        if (id is null || snapshots is null || columns is null)
        {
            Remember(id);
            return;
        }

        Datasets.Add(new DatasetDefinition(id, fields.Text("owner"), snapshots, columns)
        {
            Description = fields.Text("description"),
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    private SnapshotPaths? ReadSnapshots(YamlFields dataset)
    {
        var node = dataset.Node("snapshots");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'snapshots' must be a mapping such as {{ reference: data/reference.csv, current: data/current.csv }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "snapshots", SnapshotKeys, diagnostics);
        fields.RequireAll("current");
        var reference = fields.Text("reference");
        var current = fields.Text("current");
        DateTimeOffset? capturedAt = null;
        if (fields.Text("captured_at") is { } captured)
        {
            if (IsoInstant.TryParse(captured, out var instant))
            {
                capturedAt = instant;
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"'captured_at' must be an ISO 8601 time such as 2026-11-16T00:00:00Z, not '{captured}'", fields.Node("captured_at")!.Location);
            }
        }

        foreach (var pair in fields.Locations)
        {
            dataset.Locate("snapshots." + pair.Key, pair.Value);
        }

        return current is null ? null : new SnapshotPaths(Resolve(reference), Resolve(current)!) { CapturedAt = capturedAt };
    }

    private List<ColumnDefinition>? ReadColumns(YamlFields dataset)
    {
        var node = dataset.Node("columns");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'columns' must be a mapping from column name to {{ type, role }}, not {node.Describe()}", node.Location);
            return null;
        }

        var columns = new List<ColumnDefinition>();
        var complete = true;
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            if (entry.Value is not YamlMapping columnMapping)
            {
                Report(DefinitionRules.WrongValueType, $"column '{name}' must be a mapping such as {{ type: double, role: feature }}, not {entry.Value.Describe()}", entry.Value.Location);
                complete = false;
                continue;
            }

            var fields = new YamlFields(columnMapping, $"column '{name}'", ColumnKeys, diagnostics);
            fields.RequireAll("type");
            var type = fields.Word("type", YamlWords.Types);
            var role = fields.Has("role") ? fields.Word("role", YamlWords.Roles) : ColumnRole.Feature;
            if (type is null || role is null)
            {
                complete = false;
                continue;
            }

            columns.Add(new ColumnDefinition(name, type.Value, role.Value)
            {
                Source = new SourceMap(entry.Key.Location, fields.Locations),
            });
        }

        // A dataset with a broken column still loads, so monitors on its other columns are checked;
        // monitors naming the broken column are not reported as unknown columns.
        if (!complete)
        {
            foreach (var entry in mapping.Entries)
            {
                IncompleteIds.Add("column:" + entry.Key.Value);
            }
        }

        return columns;
    }

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

    private void ReadGate(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a gate", GateKeys, diagnostics);
        fields.RequireAll("id", "monitors");
        var id = fields.Text("id");
        var monitors = fields.TextList("monitors");
        if (id is null || monitors is null)
        {
            Remember(id);
            return;
        }

        Gates.Add(new GateDefinition(id, monitors)
        {
            Description = fields.Text("description"),
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    private string? Resolve(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var combined = Path.IsPathRooted(path) ? path : Path.Combine(directory, path);
        return combined.Replace('\\', '/');
    }

    private void Remember(string? id)
    {
        if (id is not null)
        {
            IncompleteIds.Add(id);
        }
    }

    private void Report(DiagnosticRule rule, string message, SourceLocation location) =>
        diagnostics.Add(new DefinitionDiagnostic(rule, message, location));
}
