using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Profiling;

/// <summary>
/// A profile of a whole snapshot: its row count and one profile per column, in file order, and the nested columns
/// (Parquet structs, lists, maps) with their shapes, which are listed but not profiled.
/// </summary>
public sealed record SnapshotProfile(string Path, long Rows, IReadOnlyList<ColumnProfile> Columns)
{
    /// <summary>Nested columns in file order, with their shapes (<c>struct&lt;a: int64&gt;</c>); empty for flat snapshots.</summary>
    public IReadOnlyList<NestedField> NestedColumns { get; init; } = [];
}
