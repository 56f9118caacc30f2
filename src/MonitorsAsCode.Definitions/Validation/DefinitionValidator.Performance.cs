using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Labels and model performance: the options of a metric (MAC0034), labels and predictions to judge (MAC0035), and the <c>labels:</c> block (MAC0036).</summary>
public static partial class DefinitionValidator
{
    private static void ValidatePerformanceOptions(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor)
    {
        var source = monitor.Source;
        // Without a metric (YAML reports it missing; C# cannot omit it) there is nothing to judge the options by.
        if (monitor.Metric is not { } metric)
        {
            return;
        }

        var word = Yaml.YamlWords.Of(metric);
        if (monitor.DecisionThreshold is not null && !PerformanceMetrics.UsesThreshold(metric))
        {
            var why = PerformanceMetrics.IsRegression(metric) ? "a regression metric has no decision threshold" : "it judges the scores themselves, at every threshold";
            Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'threshold' does not apply to {word}: {why}; leave it out, or measure accuracy, precision, recall, f1 or cost", source.Of("threshold"));
        }

        if (monitor.Costs is not null && metric != PerformanceMetric.Cost)
        {
            Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'costs' applies to metric cost only, not {word}", source.Of("costs"));
        }

        if (monitor.Costs is null && metric == PerformanceMetric.Cost && !source.Has("costs"))
        {
            Add(diagnostics, DefinitionRules.MissingRequiredField, $"monitor '{monitor.Id}' measures cost and needs 'costs', such as {{ false_positive: 1, false_negative: 25 }}", source.Of("metric"));
        }

        if (monitor.Bins is not null && metric != PerformanceMetric.ExpectedCalibrationError)
        {
            Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'bins' applies to metric ece (calibration bins) only, not {word}", source.Of("bins"));
        }

        if (monitor.Tolerance is { } tolerance)
        {
            if (metric != PerformanceMetric.WithinTolerance)
            {
                Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'tolerance' applies to metric within-tolerance only, not {word}", source.Of("tolerance"));
            }
            else if (!(tolerance >= 0) || double.IsInfinity(tolerance))
            {
                Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'tolerance' must be a finite distance of at least 0, not {Format(tolerance)}", source.Of("tolerance"));
            }
        }
        else if (metric == PerformanceMetric.WithinTolerance && !source.Has("tolerance"))
        {
            Add(diagnostics, DefinitionRules.MissingRequiredField, $"monitor '{monitor.Id}' measures within-tolerance and needs a 'tolerance', how far a prediction may be from the actual value", source.Of("metric"));
        }

        if (monitor.DecisionThreshold is { } threshold && (double.IsNaN(threshold) || double.IsInfinity(threshold)))
        {
            Add(diagnostics, DefinitionRules.PerformanceOptionNotApplicable, $"monitor '{monitor.Id}': 'threshold' must be a finite score", source.Of("threshold"));
        }
    }

    /// <summary>A performance or label-coverage monitor needs a prediction column and a label column of types its metric can read.</summary>
    private static void ValidateLabelledMonitor(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, DatasetDefinition dataset)
    {
        var source = monitor.Source;
        var prediction = monitor.Column ?? dataset.FirstOfRole(ColumnRole.Prediction);
        var label = dataset.LabelColumn;
        if (label is null || prediction is null)
        {
            var missing = label is null
                ? "no label column: declare one with role label, or a 'labels:' block"
                : "no prediction column: declare one with role prediction, or name it with 'column'";
            Add(diagnostics, DefinitionRules.LabelsRequired, $"monitor '{monitor.Id}' is a {Word(monitor.Check)} check, but dataset '{dataset.Id}' has {missing}", source.Of("check"));
            return;
        }

        if (dataset.FindColumn(prediction) is { } predicted && predicted.Type is not (ColumnType.Double or ColumnType.Int64 or ColumnType.Bool) && monitor.Column is null)
        {
            Add(diagnostics, DefinitionRules.NotApplicableToColumnType, $"monitor '{monitor.Id}': the prediction column '{prediction}' is {Word(predicted.Type)}; performance needs a double, int64 or bool score", source.Of("check"));
        }

        if (monitor.Check != CheckKind.Performance || monitor.Metric is not { } metric || dataset.Labels?.Snapshot is not null || dataset.FindColumn(label) is not { } labelColumn)
        {
            return;
        }

        var regression = PerformanceMetrics.IsRegression(metric);
        var fits = regression ? labelColumn.Type is ColumnType.Double or ColumnType.Int64 : labelColumn.Type is ColumnType.Bool or ColumnType.Int64;
        if (!fits)
        {
            var need = regression ? "a numeric (double or int64) label" : "a bool or 0/1 int64 label";
            Add(diagnostics, DefinitionRules.NotApplicableToColumnType, $"monitor '{monitor.Id}': {Yaml.YamlWords.Of(metric)} needs {need}, and '{label}' is {Word(labelColumn.Type)}", source.Of("metric"));
        }

        if (monitor.Relative && !dataset.Snapshots.HasReference && !dataset.Source.Has("snapshots.reference"))
        {
            Add(diagnostics, DefinitionRules.ReferenceSnapshotRequired, $"monitor '{monitor.Id}' judges its drop from the reference ('relative: true'), but dataset '{dataset.Id}' has no reference snapshot", source.Of("relative"));
        }
    }

    private static void ValidateLabels(List<DefinitionDiagnostic> diagnostics, DatasetDefinition dataset, HashSet<string> broken)
    {
        if (dataset.Labels is not { } labels)
        {
            return;
        }

        var source = dataset.Source;
        if (labels.Snapshot is not null && labels.Id is null)
        {
            Add(diagnostics, DefinitionRules.InvalidLabelSource, $"dataset '{dataset.Id}' reads its labels from a separate snapshot, which needs 'id': the column that joins each label to its prediction", source.Of("labels.snapshot"));
        }

        if (labels.Snapshot is null && labels.Id is not null)
        {
            Add(diagnostics, DefinitionRules.InvalidLabelSource, $"dataset '{dataset.Id}': 'labels.id' joins a separate labels snapshot, and there is no 'labels.snapshot'; leave 'id' out when the label is a column of the dataset's own rows", source.Of("labels.id"));
        }

        // The label (and its time) of a separate snapshot are that snapshot's columns, read when the run opens it.
        var ownColumns = labels.Snapshot is null ? new[] { ("label", labels.Label), ("label_time", labels.LabelTime) } : [];
        foreach (var (key, name) in ownColumns)
        {
            if (name is null || broken.Contains("column:" + name))
            {
                continue;
            }

            if (dataset.FindColumn(name) is not { } column)
            {
                var names = new List<string>();
                foreach (var candidate in dataset.Columns)
                {
                    names.Add(candidate.Name);
                }

                Add(diagnostics, DefinitionRules.UnknownColumn, $"dataset '{dataset.Id}': 'labels.{key}' names column '{name}', which the dataset does not declare{NearestName.Suggest(name, names)}", source.Of("labels." + key));
            }
            else if (key == "label_time" && column.Type is not (ColumnType.Timestamp or ColumnType.Date))
            {
                Add(diagnostics, DefinitionRules.InvalidLabelSource, $"dataset '{dataset.Id}': the label time '{name}' is {Word(column.Type)}; it must be a timestamp or date column", source.Of("labels.label_time"));
            }
        }

        if (labels.Id is { } id && dataset.FindColumn(id) is null && !broken.Contains("column:" + id))
        {
            Add(diagnostics, DefinitionRules.UnknownColumn, $"dataset '{dataset.Id}': 'labels.id' names column '{id}', which the dataset does not declare; the predictions need it to join their labels", source.Of("labels.id"));
        }

        if (labels.MatureAfter is { } matureAfter)
        {
            if (matureAfter <= TimeSpan.Zero)
            {
                Add(diagnostics, DefinitionRules.InvalidLabelSource, $"dataset '{dataset.Id}': 'mature_after' must be a positive duration such as 14d", source.Of("labels.mature_after"));
            }
            else if (EventTimeColumn(dataset) is not { Type: ColumnType.Timestamp or ColumnType.Date })
            {
                Add(diagnostics, DefinitionRules.InvalidLabelSource, $"dataset '{dataset.Id}': 'mature_after' needs the time each prediction was made, to know how old it is; declare a timestamp or date column with role event_time", source.Of("labels.mature_after"));
            }
        }
    }
}
