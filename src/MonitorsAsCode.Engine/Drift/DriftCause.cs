namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// The kind of change a drifting column most likely shows: a pipeline fault (nulls, new or lost
/// categories, a truncated range, a column stuck at one value) or a change in the population (a smooth shift).
/// </summary>
internal enum DriftCause
{
    /// <summary>The column did not drift.</summary>
    None,

    /// <summary>The current holds one value where the reference held several: a default filled in, a join that broke.</summary>
    ConstantColumn,

    /// <summary>The share of nulls changed: an upstream source or enrichment stopped answering, or started to.</summary>
    Nulls,

    /// <summary>Categories appeared or vanished, carrying at least 1% of a sample: a new code, a renamed value, a mapping that broke.</summary>
    NewCategories,

    /// <summary>
    /// p5, p50 and p95 all scaled by about one factor of at least 2 or at most ½: a unit, window or aggregation
    /// changed upstream (a 30-day sum computed over 7 days).
    /// </summary>
    ScaleChange,

    /// <summary>At least 1% of the reference lies beyond the current's range: values clipped or filtered, a unit or a window cut.</summary>
    RangeTruncation,

    /// <summary>None of the above: the distribution moved as a whole, as a change in the population would move it.</summary>
    SmoothShift,
}
