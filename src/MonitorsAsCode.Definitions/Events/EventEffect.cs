namespace MonitorsAsCode.Definitions.Events;

/// <summary>What a known event does to the monitors of its datasets while it lasts.</summary>
public enum EventEffect
{
    /// <summary>Windows inside the event are left out of baselines computed from history; results are otherwise unchanged.</summary>
    ExcludeFromBaseline,

    /// <summary>
    /// A warning or failing result in the event keeps its measured status but neither fails the run nor its gates, and
    /// its alerts are muted (an Alertmanager time interval).
    /// </summary>
    Suppress,

    /// <summary>Results in the event say so; nothing else changes.</summary>
    Annotate,
}
