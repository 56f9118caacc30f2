namespace MonitorsAsCode.Engine.Scanning;

/// <summary>What to compute over a column in one scan of a snapshot.</summary>
[Flags]
internal enum ColumnAggregates
{
    /// <summary>Nothing beyond the row count.</summary>
    None = 0,

    /// <summary>The number of null rows.</summary>
    NullCount = 1,

    /// <summary>The smallest and largest non-null value (NaN never counts; text in ordinal order).</summary>
    Range = 2,

    /// <summary>Count, minimum, maximum, mean and sample standard deviation of the finite values of a numeric column.</summary>
    Summary = 4,

    /// <summary>How many rows hold each distinct non-null value, keyed by its invariant text.</summary>
    ValueCounts = 8,

    /// <summary>The exact number of distinct non-null values (NaN counts once; −0 and +0 are one value).</summary>
    Distinct = 16,
}
