using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>References relative to the judged window (MAC0028, MAC0029).</summary>
public static partial class DefinitionValidator
{
    private static readonly string[] RowFormats = [".csv", ".jsonl", ".ndjson"];

    private static void ValidateReferenceWindows(List<DefinitionDiagnostic> diagnostics, DefinitionSet set)
    {
        foreach (var dataset in set.Datasets)
        {
            if (dataset.Snapshots.ReferenceWindow is not { } window)
            {
                continue;
            }

            var location = dataset.Source.Of("snapshots.reference");
            var eventTime = EventTimeColumn(dataset);
            if (eventTime is null)
            {
                Add(diagnostics, DefinitionRules.ReferenceWindowEventTimeRequired, $"dataset '{dataset.Id}' has a reference relative to the judged window ({window.Describe()}), but declares no column with role event_time to place its rows in time", location);
            }
            else if (eventTime.Type is not (ColumnType.Timestamp or ColumnType.Date))
            {
                Add(diagnostics, DefinitionRules.ReferenceWindowEventTimeRequired, $"dataset '{dataset.Id}' has a reference relative to the judged window, but its event_time column '{eventTime.Name}' is {eventTime.Type.ToString().ToLowerInvariant()}, not a timestamp or date", eventTime.Source.Of("type"));
            }

            if (window.Kind == ReferenceWindowKind.Trailing && window.Window <= TimeSpan.Zero)
            {
                Add(diagnostics, DefinitionRules.InvalidReferenceWindow, $"dataset '{dataset.Id}' has a reference window of {Monitors.DurationText.Format(window.Window.TotalSeconds)}: it must be longer than 0s, or it holds no rows", At(dataset, "snapshots.reference.window"));
            }

            if (window.Kind == ReferenceWindowKind.Trailing && window.Offset < TimeSpan.Zero)
            {
                Add(diagnostics, DefinitionRules.InvalidReferenceWindow, $"dataset '{dataset.Id}' has a reference offset of {Monitors.DurationText.Format(window.Offset.TotalSeconds)}: it must be 0s or more, or the reference would overlap the window it is compared with", At(dataset, "snapshots.reference.offset"));
            }

            if (window.Kind == ReferenceWindowKind.SameWeekday && (window.Weeks < 1 || window.Weeks > ReferenceWindow.MaxWeeks))
            {
                Add(diagnostics, DefinitionRules.InvalidReferenceWindow, $"dataset '{dataset.Id}' has a seasonal reference over {window.Weeks} weeks: it must be from 1 to {ReferenceWindow.MaxWeeks}", At(dataset, "snapshots.reference.weeks"));
            }

            if (dataset.Snapshots.Reference is not null)
            {
                Add(diagnostics, DefinitionRules.InvalidReferenceWindow, $"dataset '{dataset.Id}' has both a fixed reference snapshot and a reference window: keep one", location);
            }

            var current = dataset.Snapshots.Current;
            foreach (var extension in RowFormats)
            {
                if (current.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    Add(diagnostics, DefinitionRules.InvalidReferenceWindow, $"dataset '{dataset.Id}' reads its reference window from its current source, which must be a folder or glob of Parquet partitions or a Parquet file (pruned by path and row-group statistics), not the {extension.Substring(1).ToUpperInvariant()} file '{System.IO.Path.GetFileName(current)}', which every window would read whole", dataset.Source.Of("snapshots.current"));
                    break;
                }
            }
        }
    }

    /// <summary>Where a reference window's own field is written, else where the reference is.</summary>
    private static SourceLocation? At(DatasetDefinition dataset, string field) =>
        dataset.Source.Has(field) ? dataset.Source.Of(field) : dataset.Source.Of("snapshots.reference");

    private static ColumnDefinition? EventTimeColumn(DatasetDefinition dataset)
    {
        foreach (var column in dataset.Columns)
        {
            if (column.Role == ColumnRole.EventTime)
            {
                return column;
            }
        }

        return null;
    }
}
