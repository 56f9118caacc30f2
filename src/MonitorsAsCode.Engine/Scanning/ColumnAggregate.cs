using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Statistics.Descriptive;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// The aggregates of one column over a whole snapshot. Only what was requested is set: <see cref="Nulls"/>
/// is always counted; <see cref="Minimum"/>/<see cref="Maximum"/> for <see cref="ColumnAggregates.Range"/>
/// (a <see cref="double"/> for Double columns, a <see cref="long"/> for Int64, Timestamp microseconds and Date
/// days, a <see cref="string"/> for text, a <see cref="bool"/> for Bool; null when every row is null);
/// <see cref="Summary"/> for <see cref="ColumnAggregates.Summary"/>; <see cref="ValueCounts"/> for
/// <see cref="ColumnAggregates.ValueCounts"/>; <see cref="Distinct"/> for <see cref="ColumnAggregates.Distinct"/>.
/// </summary>
internal sealed record ColumnAggregate(string Name, ColumnKind Kind, long Rows, long Nulls)
{
    /// <summary>The smallest non-null value, when the range was requested.</summary>
    public object? Minimum { get; init; }

    /// <summary>The largest non-null value, when the range was requested.</summary>
    public object? Maximum { get; init; }

    /// <summary>Summary statistics of the finite values, when requested for a numeric column.</summary>
    public SummaryStatistics? Summary { get; init; }

    /// <summary>Rows per distinct non-null value (by invariant text, ordinal keys), when requested.</summary>
    public IReadOnlyDictionary<string, long>? ValueCounts { get; init; }

    /// <summary>For a Bool column, the number of rows that are true.</summary>
    public long? TrueCount { get; init; }

    /// <summary>The number of distinct non-null values, when requested.</summary>
    public long? Distinct { get; init; }

    /// <summary>True when the answer came from the snapshot's stored statistics and no value was decoded.</summary>
    public bool FromStoredStatistics { get; init; }
}
