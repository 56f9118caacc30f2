using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Engine.Profiling;

/// <summary>
/// What one column of a snapshot holds. <see cref="Minimum"/> and <see cref="Maximum"/> are numbers
/// for numeric columns and text otherwise (ISO 8601 for times, ordinal order for text);
/// mean and standard deviation (sample, n−1) are for numeric columns, and the mean of a bool column
/// is its share of true. NaN and ±∞ in a double column are counted in <see cref="Count"/> and
/// <see cref="Distinct"/> but left out of minimum, maximum, mean and standard deviation; <see cref="NonFinite"/>
/// says how many there were.
/// </summary>
public sealed record ColumnProfile(
    string Name,
    ColumnType Type,
    long Count,
    long Nulls,
    object? Minimum,
    object? Maximum,
    double? Mean,
    double? StandardDeviation,
    long Distinct)
{
    /// <summary>Non-null values that are NaN, +∞ or −∞ (double columns; 0 for every other type).</summary>
    public long NonFinite { get; init; }
}
