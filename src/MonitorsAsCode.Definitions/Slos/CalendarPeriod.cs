namespace MonitorsAsCode.Definitions.Slos;

/// <summary>A calendar-aligned SLO window, in UTC: the budget resets at the start of each period.</summary>
public enum CalendarPeriod
{
    /// <summary>An ISO week, from Monday 00:00 UTC.</summary>
    Week,

    /// <summary>A calendar month, from the first day 00:00 UTC.</summary>
    Month,
}
