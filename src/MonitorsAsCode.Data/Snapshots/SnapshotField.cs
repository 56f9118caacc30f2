using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// A column as the snapshot itself describes it. <see cref="Kind"/> is null for formats that carry
/// no types (CSV, JSON Lines), where conformance to the declared type is checked while casting.
/// </summary>
public sealed record SnapshotField(string Name, ColumnKind? Kind)
{
    /// <summary>
    /// Whether readers can return this column as <paramref name="requested"/>: always for untyped formats (their
    /// values are proved while casting), else when the stored kind is the requested one, integers read as
    /// doubles, or anything read as text.
    /// </summary>
    public bool CanBeReadAs(ColumnKind requested) =>
        Kind is not { } stored
        || stored == requested
        || (stored == ColumnKind.Int64 && requested == ColumnKind.Double)
        || requested == ColumnKind.String;
}
