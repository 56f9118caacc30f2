namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>What a column means to the model: checks and reports use the role to pick defaults.</summary>
public enum ColumnRole
{
    /// <summary>A model input.</summary>
    Feature,

    /// <summary>The model's output (score or class).</summary>
    Prediction,

    /// <summary>The ground truth, often arriving later than the prediction.</summary>
    Label,

    /// <summary>A row or entity identifier.</summary>
    Id,

    /// <summary>When the event happened; freshness and time windows are measured on it.</summary>
    EventTime,

    /// <summary>Which model version produced the prediction.</summary>
    ModelVersion,

    /// <summary>A cohort to break results down by (region, channel, customer tier).</summary>
    Segment,

    /// <summary>Any other column kept for context.</summary>
    Other,
}
