namespace MonitorsAsCode.Definitions.Slos;

/// <summary>How an SLO's burn-rate alert notifies: a page wakes someone, a ticket waits for working hours.</summary>
public enum AlertSeverity
{
    /// <summary>The budget burns fast enough to be gone within days: someone acts now.</summary>
    Page,

    /// <summary>The budget burns steadily: someone looks during working hours.</summary>
    Ticket,
}
