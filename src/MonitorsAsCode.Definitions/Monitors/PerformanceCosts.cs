namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>The cost of each kind of error for <see cref="PerformanceMetric.Cost"/>: <c>costs: { false_positive: 1, false_negative: 25 }</c>.</summary>
/// <param name="FalsePositive">What a negative predicted positive costs (a blocked good customer), at least 0.</param>
/// <param name="FalseNegative">What a positive predicted negative costs (a missed fraud), at least 0.</param>
public readonly record struct PerformanceCosts(double FalsePositive, double FalseNegative);
