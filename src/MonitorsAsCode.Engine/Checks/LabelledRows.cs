using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// Where performance and label-coverage monitors find their rows: the prediction column (the monitor's, else the
/// dataset's of role prediction), the label column, and the times of the maturity rule; one accumulator per prediction
/// column and snapshot serves every such monitor of the dataset.
/// </summary>
internal static class LabelledRows
{
    /// <summary>The prediction column the monitor judges: its own, else the dataset's first of role prediction.</summary>
    public static string? Prediction(MonitorDefinition monitor, DatasetDefinition dataset) =>
        monitor.Column ?? dataset.FirstOfRole(ColumnRole.Prediction);

    /// <summary>
    /// Plans the pass to gather the monitor's rows; on the reference (<paramref name="asOf"/> null) every labelled row
    /// counts, since a fixed reference's labels are all in.
    /// </summary>
    public static void Plan(MonitorDefinition monitor, ScanPlan plan, DateTimeOffset? asOf, bool keepPairs) => Plan(monitor, plan, asOf, keepPairs, null);

    /// <summary>
    /// Plans the current pass of every labelled monitor of a dataset whose labels come from a separate snapshot: the
    /// pass reads the id column and looks each id up in <paramref name="labels"/> (read before the pass). On the
    /// reference (<paramref name="asOf"/> null) every joined label counts.
    /// </summary>
    public static void PlanJoined(IEnumerable<MonitorDefinition> monitors, ScanPlan plan, DateTimeOffset? asOf, LabelTable? labels)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var monitor in monitors)
        {
            if (monitor.Enabled && monitor.Check is CheckKind.Performance or CheckKind.LabelCoverage)
            {
                Plan(monitor, plan, asOf, monitor.Check == CheckKind.Performance, labels);
            }
        }
    }

    private static void Plan(MonitorDefinition monitor, ScanPlan plan, DateTimeOffset? asOf, bool keepPairs, LabelTable? joined)
    {
        var dataset = plan.Dataset;
        if (Prediction(monitor, dataset) is not { } prediction || dataset.LabelColumn is not { } labelName || (dataset.Labels?.Snapshot is not null) != (joined is not null))
        {
            return;
        }

        // Joined labels are looked up by the id column as the rows go by; their times come from the labels snapshot.
        var label = joined is not null ? dataset.Labels?.Id ?? labelName : labelName;

        var key = Key(prediction);
        if (plan.Accumulators.TryGetValue(key, out var planned))
        {
            ((LabelledPredictionsAccumulator)planned).KeepPairs |= keepPairs;
            return;
        }

        if (!plan.CanRead(prediction) || !plan.CanRead(label))
        {
            return;
        }

        var labels = dataset.Labels;
        var eventTime = asOf is not null && labels?.MatureAfter is not null ? EventTime(dataset) : null;
        var labelTime = asOf is not null && joined is null && labels?.LabelTime is { } known && plan.CanRead(known) ? (known, plan.KindOf(known)) : ((string, Data.Columns.ColumnKind)?)null;
        var accumulator = new LabelledPredictionsAccumulator(
            (prediction, plan.KindOf(prediction)),
            (label, plan.KindOf(label)),
            eventTime is { } time && plan.CanRead(time) ? (time, plan.KindOf(time)) : null,
            labelTime,
            eventTime is null ? null : labels?.MatureAfter,
            asOf ?? DateTimeOffset.MaxValue,
            plan.Budget,
            $"dataset '{dataset.Id}'",
            joined)
        {
            KeepPairs = keepPairs,
        };
        plan.Add(key, accumulator);
    }

    /// <summary>What the pass over <paramref name="facts"/> gathered for the monitor; throws <see cref="CheckException"/> naming what is missing.</summary>
    public static LabelledPredictionsAccumulator Gathered(CheckContext context, SnapshotFacts facts)
    {
        var dataset = context.Dataset;
        if (dataset.Labels?.Snapshot is { } labelsPath && context.LabelsProblem is { } unreadable)
        {
            throw new CheckException($"the labels snapshot '{labelsPath}' cannot be read: {unreadable}");
        }

        var prediction = Prediction(context.Monitor, dataset) ?? throw new CheckException($"dataset '{dataset.Id}' has no prediction column");
        var label = dataset.LabelColumn ?? throw new CheckException($"dataset '{dataset.Id}' has no label column");
        if (!facts.HasAccumulator(Key(prediction)))
        {
            var joined = dataset.Labels?.Snapshot is not null;
            foreach (var column in new[] { prediction, joined ? dataset.Labels?.Id : label, joined ? null : dataset.Labels?.LabelTime, dataset.Labels?.MatureAfter is null ? null : EventTime(dataset) })
            {
                if (column is not null && ColumnAvailability.Problem(dataset, facts, column) is { } problem)
                {
                    throw new CheckException(problem);
                }
            }

            throw new CheckException($"the labelled predictions of column '{prediction}' were not gathered");
        }

        var gathered = facts.Get<LabelledPredictionsAccumulator>(Key(prediction));
        if (gathered.Failure is { } failure)
        {
            throw new MemoryLimitException(failure);
        }

        if (gathered.Counts.MisalignedRows > 0)
        {
            throw new CheckException($"{ValueFormat.Count(gathered.Counts.MisalignedRows)} rows of '{facts.Path}' hold a different number of values in '{prediction}' and '{label}': the snapshot is damaged");
        }

        return gathered;
    }

    /// <summary>Hands the memory of every labelled pair the passes kept back to the budget, once the monitors are measured.</summary>
    public static void Release(IEnumerable<MonitorDefinition> monitors, DatasetDefinition dataset, SnapshotFacts current, SnapshotFacts? reference)
    {
        foreach (var monitor in monitors)
        {
            if (monitor.Check is not (CheckKind.Performance or CheckKind.LabelCoverage) || Prediction(monitor, dataset) is not { } prediction)
            {
                continue;
            }

            foreach (var facts in new[] { current, reference })
            {
                if (facts is not null && facts.HasAccumulator(Key(prediction)))
                {
                    facts.Get<LabelledPredictionsAccumulator>(Key(prediction)).Release();
                }
            }
        }
    }

    /// <summary>What the maturity rule leaves out, in words, or null when it leaves nothing out.</summary>
    public static string? LeftOut(LabelledPredictionsAccumulator gathered, DatasetDefinition dataset)
    {
        var counts = gathered.Counts;
        var parts = new List<string>();
        if (counts.Immature > 0 && dataset.Labels?.MatureAfter is { } age)
        {
            parts.Add($"{ValueFormat.Count(counts.Immature)} predictions younger than {DurationText.Format(age.TotalSeconds)} not judged yet");
        }

        if (counts.WithoutEventTime > 0)
        {
            parts.Add($"{ValueFormat.Count(counts.WithoutEventTime)} without an event time");
        }

        if (counts.LabelsAfterAsOf > 0)
        {
            parts.Add($"{ValueFormat.Count(counts.LabelsAfterAsOf)} labels known only after the as-of instant");
        }

        if (counts.LabelsWithoutPrediction > 0)
        {
            parts.Add($"{ValueFormat.Count(counts.LabelsWithoutPrediction)} labels without a prediction");
        }

        if (counts.NonFinite > 0)
        {
            parts.Add($"{ValueFormat.Count(counts.NonFinite)} NaN or infinite scores left out");
        }

        if (gathered.Join?.Problems() is { } join)
        {
            parts.Add(join);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Key(string prediction) => "labelled:" + prediction;

    private static string? EventTime(DatasetDefinition dataset)
    {
        foreach (var column in dataset.Columns)
        {
            if (column.Role == ColumnRole.EventTime && column.Type is ColumnType.Timestamp or ColumnType.Date)
            {
                return column.Name;
            }
        }

        return null;
    }
}
