namespace MonitorsAsCode.Engine.Baselines;

/// <summary>A past window the baseline did not use, and why (a gap, too few rows, an error, a known event).</summary>
public sealed record LeftOutWindow(DateTimeOffset Start, string Reason);
