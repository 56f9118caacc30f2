namespace MonitorsAsCode.Rendering.Metrics;

/// <summary>A metric <c>monitors run --format prometheus</c> exports: its name, its help text, and its labels in order.</summary>
public sealed record MetricFamily(string Name, string Help, IReadOnlyList<string> Labels);
