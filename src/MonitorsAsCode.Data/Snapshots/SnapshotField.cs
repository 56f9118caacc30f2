using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// A column as the snapshot itself describes it. <see cref="Kind"/> is null for formats that carry
/// no types (CSV, JSON Lines), where conformance to the declared type is checked while casting.
/// </summary>
public sealed record SnapshotField(string Name, ColumnKind? Kind);
