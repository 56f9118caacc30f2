namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A leaf column of the schema tree: its dotted path, and whether it or a group above it is repeated. A leaf
/// that is not has exactly one value (or null) per row, so its column chunk's <c>num_values</c> equals the row
/// group's <c>num_rows</c>; a repeated one has at least one level entry per row.
/// </summary>
internal sealed record LeafShape(string Path, bool Repeated);
