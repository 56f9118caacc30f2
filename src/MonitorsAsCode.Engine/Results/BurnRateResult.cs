using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// One multi-window burn-rate condition of an SLO at the as-of instant: the burn rate over its long
/// and short windows, the factor both must exceed, and whether the alert would be firing.
/// </summary>
public sealed record BurnRateResult(AlertSeverity Severity, TimeSpan LongWindow, TimeSpan ShortWindow, double Factor)
{
    /// <summary>Error ratio over the long window divided by the error budget; null when the window holds no events.</summary>
    public double? LongBurnRate { get; init; }

    /// <summary>Error ratio over the short window divided by the error budget; null when the window holds no events.</summary>
    public double? ShortBurnRate { get; init; }

    /// <summary>Events (or time slices) in the long window.</summary>
    public long LongEvents { get; init; }

    /// <summary>Events (or time slices) in the short window.</summary>
    public long ShortEvents { get; init; }

    /// <summary>Whether the data starts after the long window does, so it was measured over fewer events than it spans.</summary>
    public bool LongPartial { get; init; }

    /// <summary>Whether the data starts after the short window does.</summary>
    public bool ShortPartial { get; init; }

    /// <summary>Whether both burn rates exceed <see cref="Factor"/>, so the alert fires.</summary>
    public bool Firing { get; init; }
}
