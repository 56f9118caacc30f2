namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A column of the dataset, by name: <c>latency_ms</c>, or <c>`odd name`</c> in backticks.</summary>
public sealed record SliColumn(string Name, int Start, int Length) : SliExpression(Start, Length);
