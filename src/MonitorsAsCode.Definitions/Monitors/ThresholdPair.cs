namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>A warn and a fail limit on one value, either of which may be absent.</summary>
/// <param name="Warn">The limit that makes the value warn.</param>
/// <param name="Fail">The limit that makes the value fail.</param>
public readonly record struct ThresholdPair(Threshold? Warn, Threshold? Fail);
