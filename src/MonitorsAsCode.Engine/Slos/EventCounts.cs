namespace MonitorsAsCode.Engine.Slos;

/// <summary>Good and total events (or time slices) in a window.</summary>
internal readonly record struct EventCounts(long Good, long Total)
{
    /// <summary>Bad over total; null when there are no events.</summary>
    public double? ErrorRatio => Total == 0 ? null : (double)(Total - Good) / Total;

    /// <summary>Good over total; null when there are no events.</summary>
    public double? GoodRatio => Total == 0 ? null : (double)Good / Total;
}
