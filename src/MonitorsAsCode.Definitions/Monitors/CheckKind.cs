namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>What a monitor checks.</summary>
public enum CheckKind
{
    /// <summary>Declared columns are present with the declared type; unexpected columns are listed.</summary>
    Schema,

    /// <summary>The share of nulls in a column.</summary>
    Completeness,

    /// <summary>The share of values outside a range, outside an allowed set, or unseen in the reference.</summary>
    Validity,

    /// <summary>The share of rows whose key (one column or several) repeats an earlier row's.</summary>
    Uniqueness,

    /// <summary>The current row count as a ratio of the reference row count.</summary>
    Volume,

    /// <summary>The age of the newest event time at the run's as-of instant.</summary>
    Freshness,

    /// <summary>How far a column's current distribution has moved from the reference.</summary>
    Drift,

    /// <summary>The share of mature predictions (old enough for their label to have arrived) that have a label.</summary>
    LabelCoverage,

    /// <summary>A model quality metric over labelled, mature predictions, with its confidence interval.</summary>
    Performance,
}
