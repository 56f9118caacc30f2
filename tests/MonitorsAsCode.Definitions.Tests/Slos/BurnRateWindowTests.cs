using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>
/// The burn-rate factors against the Google SRE workbook, chapter 5 "Alerting on SLOs", table 5-8
/// ("Recommended initial parameters for a 99.9% SLO alerting configuration"): for a 30-day objective,
/// 2% of the budget in 1 hour is a burn rate of 14.4, 5% in 6 hours 6, 10% in 3 days 1; and the
/// multiwindow configuration of the same chapter adds 10% in 1 day (3), with short windows of 1/12 of
/// the long ones (5m, 30m, 2h, 6h).
/// </summary>
public sealed class BurnRateWindowTests
{
    private static readonly TimeSpan ThirtyDays = TimeSpan.FromDays(30);

    [Fact]
    public void The_default_windows_are_the_workbooks_pairs_with_their_budget_consumption()
    {
        BurnRateWindow.SreWorkbook.Select(w => (w.Severity, w.Long, w.Short, w.BudgetConsumed)).Should().Equal(
            (AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02),
            (AlertSeverity.Page, TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 0.05),
            (AlertSeverity.Ticket, TimeSpan.FromDays(1), TimeSpan.FromHours(2), 0.10),
            (AlertSeverity.Ticket, TimeSpan.FromDays(3), TimeSpan.FromHours(6), 0.10));
    }

    [Fact]
    public void For_a_30_day_objective_the_factors_are_the_published_14_4_6_3_and_1()
    {
        BurnRateWindow.SreWorkbook.Select(w => w.Factor(ThirtyDays)).Should().Equal(14.4, 6, 3, 1);
    }

    [Theory]
    // 2% of 672 hours is 13.44 hours of budget, spent in 1 hour at a burn rate of 13.44.
    [InlineData(28, 13.44, 5.6, 2.8, 0.9333333333)]
    // 2% of 168 hours spent in 1 hour: 3.36.
    [InlineData(7, 3.36, 1.4, 0.7, 0.2333333333)]
    [InlineData(90, 43.2, 18, 9, 3)]
    public void Other_objective_windows_keep_the_budget_consumed_and_scale_the_factor_with_the_period(int days, double page1h, double page6h, double ticket1d, double ticket3d)
    {
        var period = TimeSpan.FromDays(days);

        BurnRateWindow.SreWorkbook.Select(w => w.Factor(period)).Should().Equal(page1h, page6h, ticket1d, ticket3d);
    }

    [Fact]
    public void A_factor_times_the_long_window_over_the_period_gives_back_the_budget_consumed()
    {
        foreach (var window in BurnRateWindow.SreWorkbook)
        {
            (window.Factor(ThirtyDays) * window.Long.TotalHours / ThirtyDays.TotalHours).Should().BeApproximately(window.BudgetConsumed, 1e-12);
        }
    }
}
