namespace MonitorsAsCode.Engine.Checks;

/// <summary>What <see cref="LabelledPredictionsAccumulator"/> counted over a snapshot.</summary>
internal sealed record LabelledPredictionCounts
{
    /// <summary>Every row.</summary>
    public long Rows { get; init; }

    /// <summary>Rows whose event is younger than the maturity rule allows: not judged yet.</summary>
    public long Immature { get; init; }

    /// <summary>Rows with no event time, whose age cannot be told: not judged.</summary>
    public long WithoutEventTime { get; init; }

    /// <summary>Mature rows with a prediction: what label coverage divides by.</summary>
    public long Mature { get; init; }

    /// <summary>Mature rows with a prediction and a label known at the as-of instant.</summary>
    public long Labelled { get; init; }

    /// <summary>Labels whose label time is after the as-of instant: not known yet at that instant.</summary>
    public long LabelsAfterAsOf { get; init; }

    /// <summary>Mature rows with a label but no prediction.</summary>
    public long LabelsWithoutPrediction { get; init; }

    /// <summary>Labelled rows left out because the prediction or the label is NaN or infinite.</summary>
    public long NonFinite { get; init; }

    /// <summary>Labelled rows whose label is neither 0 nor 1 (a classification metric refuses them).</summary>
    public long NonBinaryLabels { get; init; }

    /// <summary>Rows of parts whose columns disagreed on the number of rows (a damaged snapshot): not judged.</summary>
    public long MisalignedRows { get; init; }

    /// <summary>The counts of two disjoint sets of rows together.</summary>
    public LabelledPredictionCounts Add(LabelledPredictionCounts other) => new()
    {
        Rows = Rows + other.Rows,
        Immature = Immature + other.Immature,
        WithoutEventTime = WithoutEventTime + other.WithoutEventTime,
        Mature = Mature + other.Mature,
        Labelled = Labelled + other.Labelled,
        LabelsAfterAsOf = LabelsAfterAsOf + other.LabelsAfterAsOf,
        LabelsWithoutPrediction = LabelsWithoutPrediction + other.LabelsWithoutPrediction,
        NonFinite = NonFinite + other.NonFinite,
        NonBinaryLabels = NonBinaryLabels + other.NonBinaryLabels,
        MisalignedRows = MisalignedRows + other.MisalignedRows,
    };
}
