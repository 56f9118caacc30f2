using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The words SLO definitions use for enum values, in the order the documentation lists them.</summary>
public static class SloWords
{
    /// <summary>Budgeting methods.</summary>
    public static IReadOnlyList<KeyValuePair<string, BudgetingMethod>> Budgeting { get; } =
    [
        new("occurrences", BudgetingMethod.Occurrences), new("timeslices", BudgetingMethod.Timeslices),
    ];

    /// <summary>Calendar periods.</summary>
    public static IReadOnlyList<KeyValuePair<string, CalendarPeriod>> Calendars { get; } =
    [
        new("week", CalendarPeriod.Week), new("month", CalendarPeriod.Month),
    ];

    /// <summary>Alert severities.</summary>
    public static IReadOnlyList<KeyValuePair<string, AlertSeverity>> Severities { get; } =
    [
        new("page", AlertSeverity.Page), new("ticket", AlertSeverity.Ticket),
    ];

    /// <summary>Days of the week, Monday first, as maintenance windows write them.</summary>
    public static IReadOnlyList<KeyValuePair<string, DayOfWeek>> Weekdays { get; } =
    [
        new("monday", DayOfWeek.Monday), new("tuesday", DayOfWeek.Tuesday), new("wednesday", DayOfWeek.Wednesday),
        new("thursday", DayOfWeek.Thursday), new("friday", DayOfWeek.Friday), new("saturday", DayOfWeek.Saturday),
        new("sunday", DayOfWeek.Sunday),
    ];

    /// <summary>The word for a budgeting method.</summary>
    public static string Of(BudgetingMethod method) => Yaml.YamlWords.Of(Budgeting, method);

    /// <summary>The word for a calendar period.</summary>
    public static string Of(CalendarPeriod period) => Yaml.YamlWords.Of(Calendars, period);

    /// <summary>The word for an alert severity.</summary>
    public static string Of(AlertSeverity severity) => Yaml.YamlWords.Of(Severities, severity);

    /// <summary>The word for a weekday.</summary>
    public static string Of(DayOfWeek day) => Yaml.YamlWords.Of(Weekdays, day);
}
