using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>A column to read from a snapshot and the kind its values are cast to.</summary>
public readonly record struct ColumnRequest(string Name, ColumnKind Kind);
