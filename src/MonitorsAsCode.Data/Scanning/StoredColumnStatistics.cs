namespace MonitorsAsCode.Data.Scanning;

/// <summary>
/// What a snapshot's own metadata says about one column over all its rows, where that is exact:
/// <see cref="NullCount"/> is null unless every part of the file recorded its nulls;
/// <see cref="Minimum"/> and <see cref="Maximum"/> are null unless every part with a non-null value recorded
/// both bounds in the column's defined sort order. Bounds are a <see cref="double"/> for Double columns
/// (NaN never counts, and zero is +0) and a <see cref="long"/> for Int64, Timestamp (microseconds) and Date (days).
/// </summary>
/// <param name="Name">The column.</param>
/// <param name="Rows">Rows in the snapshot.</param>
/// <param name="NullCount">Null rows, when known exactly.</param>
/// <param name="Minimum">The smallest non-null value, when known exactly.</param>
/// <param name="Maximum">The largest non-null value, when known exactly.</param>
public sealed record StoredColumnStatistics(string Name, long Rows, long? NullCount, object? Minimum, object? Maximum);
