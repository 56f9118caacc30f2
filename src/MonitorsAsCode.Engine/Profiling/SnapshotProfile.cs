namespace MonitorsAsCode.Engine.Profiling;

/// <summary>A profile of a whole snapshot: its row count and one profile per column, in file order.</summary>
public sealed record SnapshotProfile(string Path, long Rows, IReadOnlyList<ColumnProfile> Columns);
