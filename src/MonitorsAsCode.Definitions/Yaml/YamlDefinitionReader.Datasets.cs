using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>datasets:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] DatasetKeys = ["id", "owner", "description", "snapshots", "columns", "labels"];
    private static readonly string[] LabelKeys = ["label", "snapshot", "id", "label_time", "mature_after"];
    private static readonly string[] SnapshotKeys = ["reference", "current", "captured_at"];
    private static readonly string[] ColumnKeys = ["type", "role", "importance"];
    private static readonly string[] ReferenceWindowKeys = ["window", "offset", "seasonal", "weeks"];
    private static readonly KeyValuePair<string, ReferenceWindowKind>[] ReferenceSeasons = [new("same-weekday", ReferenceWindowKind.SameWeekday)];

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
            Labels = ReadLabels(fields),
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    /// <summary>
    /// <c>labels: { label: is_fraud, mature_after: 14d }</c> or <c>labels: { snapshot: labels.parquet, id: transaction_id,
    /// label: is_fraud, label_time: labelled_at }</c>; positions kept as <c>labels.KEY</c>.
    /// </summary>
    private LabelSource? ReadLabels(YamlFields dataset)
    {
        var node = dataset.Node("labels");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'labels' must be a mapping such as {{ label: is_fraud, mature_after: 14d }}, not {node.Describe()}", node.Location);
            return null;
        }

        var fields = new YamlFields(mapping, "'labels'", LabelKeys, diagnostics);
        fields.RequireAll("label");
        var label = fields.Text("label");
        var matureAfter = fields.Has("mature_after") ? ReadDuration(fields, "mature_after") : null;
        foreach (var pair in fields.Locations)
        {
            dataset.Locate("labels." + pair.Key, pair.Value);
        }

        return label is null ? null : new LabelSource(label)
        {
            Snapshot = Resolve(fields.Text("snapshot")),
            Id = fields.Text("id"),
            LabelTime = fields.Text("label_time"),
            MatureAfter = matureAfter,
        };
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
        string? reference = null;
        ReferenceWindow? referenceWindow = null;
        if (fields.Node("reference") is YamlMapping referenceMapping)
        {
            referenceWindow = ReadReferenceWindow(referenceMapping, dataset);
        }
        else
        {
            reference = fields.Text("reference");
        }

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
                Report(DefinitionRules.WrongValueType, $"'captured_at' must be an ISO 8601 time such as 2026-11-16T00:00:00Z, not '{EchoedValue.Shorten(captured)}'", fields.LocationOf("captured_at"));
            }
        }

        foreach (var pair in fields.Locations)
        {
            dataset.Locate("snapshots." + pair.Key, pair.Value);
        }

        return current is null ? null : new SnapshotPaths(Resolve(reference), Resolve(current)) { CapturedAt = capturedAt, ReferenceWindow = referenceWindow };
    }

    /// <summary>
    /// <c>reference: { window: 28d, offset: 7d }</c> or <c>reference: { seasonal: same-weekday, weeks: 4 }</c>: a
    /// reference relative to the judged window. Null, reported, when it cannot be read.
    /// </summary>
    private ReferenceWindow? ReadReferenceWindow(YamlMapping mapping, YamlFields dataset)
    {
        var fields = new YamlFields(mapping, "a reference window", ReferenceWindowKeys, diagnostics);
        foreach (var pair in fields.Locations)
        {
            dataset.Locate("snapshots.reference." + pair.Key, pair.Value);
        }

        if (fields.Has("seasonal"))
        {
            foreach (var key in new[] { "window", "offset" })
            {
                if (fields.Has(key))
                {
                    Report(DefinitionRules.WrongValueType, $"'{key}' does not apply to a seasonal reference, which reads the judged window's own hours in earlier weeks; leave it out, or drop 'seasonal' for a trailing window", fields.LocationOf(key));
                }
            }

            var season = fields.Word("seasonal", ReferenceSeasons);
            var weeks = fields.Has("weeks") ? fields.Integer("weeks", 1, ReferenceWindow.MaxWeeks) : 4;
            return season is null || weeks is null ? null : ReferenceWindow.SameWeekday(weeks.Value);
        }

        if (fields.Has("weeks"))
        {
            Report(DefinitionRules.WrongValueType, "'weeks' applies to a seasonal reference only, such as { seasonal: same-weekday, weeks: 4 }", fields.LocationOf("weeks"));
        }

        fields.RequireAll("window");
        var window = ReadDuration(fields, "window");
        var offset = fields.Has("offset") ? ReadDuration(fields, "offset") : TimeSpan.Zero;
        return window is null || offset is null ? null : ReferenceWindow.Trailing(window.Value, offset.Value);
    }

    private TimeSpan? ReadDuration(YamlFields fields, string key)
    {
        if (fields.Node(key) is not { } node)
        {
            return null;
        }

        if (node is YamlScalar scalar && DurationText.TryParse(scalar.Value, out var duration))
        {
            return duration;
        }

        Report(DefinitionRules.WrongValueType, DurationText.Problem(key, (node as YamlScalar)?.Value, node.Describe(), "28d, 7d or 12h"), node.Location);
        return null;
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
                Report(DefinitionRules.WrongValueType, $"column '{EchoedValue.Shorten(name)}' must be a mapping such as {{ type: double, role: feature }}, not {entry.Value.Describe()}", entry.Value.Location);
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

            var importance = fields.Number("importance");
            if (importance < 0 && fields.Node("importance") is { } written)
            {
                Report(DefinitionRules.WrongValueType, $"'importance' must be a number of at least 0, not {written.Describe()}", written.Location);
                importance = null;
            }

            columns.Add(new ColumnDefinition(name, type.Value, role.Value)
            {
                Importance = importance,
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
}
