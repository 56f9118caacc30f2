using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>A column to aggregate, the kind to read it as, and what to compute over it.</summary>
/// <param name="Name">The column's name in the snapshot.</param>
/// <param name="Kind">The kind its values are read as.</param>
/// <param name="Aggregates">What to compute.</param>
internal readonly record struct AggregateRequest(string Name, ColumnKind Kind, ColumnAggregates Aggregates);
