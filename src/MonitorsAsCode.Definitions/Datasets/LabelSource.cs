using System;

namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>
/// Where a dataset's labels (ground truth) come from, and when a prediction is old enough to be judged by them:
/// <c>labels: { label: is_fraud, mature_after: 14d }</c> for a label column of the dataset's own snapshots, or
/// <c>labels: { snapshot: labels.parquet, id: transaction_id, label: is_fraud, label_time: labelled_at }</c> for labels
/// that arrive later in a snapshot of their own, joined to the predictions on the id column.
/// </summary>
/// <param name="Label">The label column: declared in the dataset (role <c>label</c>), or a column of <see cref="Snapshot"/>.</param>
public sealed record LabelSource(string Label)
{
    /// <summary>A separate labels snapshot (an absolute path once loaded); null when the label is a column of the dataset's snapshots.</summary>
    public string? Snapshot { get; init; }

    /// <summary>The id column the labels are joined on: declared in the dataset (role <c>id</c>) and present in <see cref="Snapshot"/>.</summary>
    public string? Id { get; init; }

    /// <summary>When each label became known (a timestamp or date column); a label known only after the as-of instant does not count yet.</summary>
    public string? LabelTime { get; init; }

    /// <summary>
    /// How old a prediction (by the dataset's event time) must be at the as-of instant to be judged: younger ones are left
    /// out of performance and label coverage, since their labels may still come; null to judge every prediction.
    /// </summary>
    public TimeSpan? MatureAfter { get; init; }
}
