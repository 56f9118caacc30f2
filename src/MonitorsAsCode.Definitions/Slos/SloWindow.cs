using System;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// The period an SLO's objective is judged over: a rolling window (the last 28 days at every
/// instant) or a calendar period (this month so far).
/// </summary>
/// <param name="Duration">
/// The window's length. For a calendar period this is its nominal length (7 days for a week,
/// 30 days for a month), which burn-rate factors are scaled by.
/// </param>
/// <param name="Calendar">The calendar period, or null for a rolling window.</param>
public readonly record struct SloWindow(TimeSpan Duration, CalendarPeriod? Calendar)
{
    /// <summary>A rolling window of <paramref name="duration"/>.</summary>
    public static SloWindow Rolling(TimeSpan duration) => new(duration, null);

    /// <summary>A calendar-aligned window.</summary>
    public static SloWindow Of(CalendarPeriod period) =>
        new(period == CalendarPeriod.Week ? TimeSpan.FromDays(7) : TimeSpan.FromDays(30), period);

    /// <summary>Whether the window rolls (rather than resetting at calendar boundaries).</summary>
    public bool IsRolling => Calendar is null;

    /// <summary>
    /// Where the window that ends at <paramref name="asOf"/> starts: <c>asOf − Duration</c> for a
    /// rolling window, the start of the calendar period holding <paramref name="asOf"/> otherwise.
    /// </summary>
    public DateTimeOffset StartFor(DateTimeOffset asOf)
    {
        var utc = asOf.ToUniversalTime();
        switch (Calendar)
        {
            case CalendarPeriod.Week:
                {
                    var daysSinceMonday = ((int)utc.DayOfWeek + 6) % 7;
                    var monday = utc.Date.AddDays(-daysSinceMonday);
                    return new DateTimeOffset(monday, TimeSpan.Zero);
                }

            case CalendarPeriod.Month:
                return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
            default:
                return utc - Duration;
        }
    }

    /// <summary>As definitions write it: <c>28d</c>, or <c>calendar month</c>.</summary>
    public override string ToString() => Calendar switch
    {
        CalendarPeriod.Week => "calendar week",
        CalendarPeriod.Month => "calendar month",
        _ => Monitors.DurationText.Format(Duration.TotalSeconds),
    };
}
