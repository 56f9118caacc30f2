using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// One multi-window burn-rate alert condition (Google SRE workbook, "Alerting on SLOs", approach 6):
/// alert when both the error rate over <see cref="Long"/> and over <see cref="Short"/> burn the budget
/// faster than <see cref="Factor"/>, the rate that would consume <see cref="BudgetConsumed"/> of the
/// whole budget within the long window.
/// </summary>
/// <param name="Severity">Whether the condition pages or opens a ticket.</param>
/// <param name="Long">The long window, which decides how much budget must burn before alerting.</param>
/// <param name="Short">The short window, which lets the alert reset soon after the burn stops.</param>
/// <param name="BudgetConsumed">The share of the period's budget (0 to 1) that burns within the long window at the threshold.</param>
public readonly record struct BurnRateWindow(AlertSeverity Severity, TimeSpan Long, TimeSpan Short, double BudgetConsumed)
{
    /// <summary>
    /// The SRE workbook's recommended pairs: page on 2% of the budget in 1h (checked over 5m) or 5%
    /// in 6h (30m); ticket on 10% in 1d (2h) or 10% in 3d (6h). For a 30-day period these are the
    /// published burn rates 14.4, 6, 3 and 1.
    /// </summary>
    public static IReadOnlyList<BurnRateWindow> SreWorkbook { get; } =
    [
        new(AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02),
        new(AlertSeverity.Page, TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 0.05),
        new(AlertSeverity.Ticket, TimeSpan.FromDays(1), TimeSpan.FromHours(2), 0.10),
        new(AlertSeverity.Ticket, TimeSpan.FromDays(3), TimeSpan.FromHours(6), 0.10),
    ];

    /// <summary>
    /// The burn rate that consumes <see cref="BudgetConsumed"/> of the budget of a
    /// <paramref name="period"/> within the long window: <c>BudgetConsumed × period / Long</c>
    /// (SRE workbook, table 5-8). A burn rate of 1 spends exactly the budget over the period.
    /// Rounded to 10 decimals, so the published 14.4 is 14.4 and not 14.399999999999999.
    /// </summary>
    public double Factor(TimeSpan period) => Math.Round(BudgetConsumed * period.TotalSeconds / Long.TotalSeconds, 10);
}
