namespace MonitorsAsCode.Definitions.Slos;

/// <summary>What the SLI counts, as OpenSLO's <c>budgetingMethod</c> names it.</summary>
public enum BudgetingMethod
{
    /// <summary>Good events over all events in the window.</summary>
    Occurrences,

    /// <summary>
    /// Good time slices over all time slices with events: a slice is good when its own ratio of
    /// good events reaches the slice target, or when the SLI's monitor passes on the slice's events.
    /// </summary>
    Timeslices,
}
