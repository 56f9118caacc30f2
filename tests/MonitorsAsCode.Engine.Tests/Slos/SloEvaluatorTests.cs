using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Slos;

namespace MonitorsAsCode.Engine.Tests.Slos;

/// <summary>
/// SLO arithmetic on hand-built events. The workbook cases follow the Google SRE workbook, chapter 5
/// "Alerting on SLOs", table 5-8: for a 99.9% objective over 30 days, a burn rate of 14.4 over 1 hour
/// consumes 2% of the budget, 6 over 6 hours 5%, 3 over 1 day 10%, 1 over 3 days 10%.
/// </summary>
public sealed class SloEvaluatorTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    // 1,250 events an hour, one every 2.88 s: every window of the table holds a whole number of bad events.
    private const long Spacing = 2_880_000;
    private const int EventsPerHour = 1250;

    public static TheoryData<AlertSeverity, int, int, double, double> WorkbookTable() => new()
    {
        { AlertSeverity.Page, 1, 5, 14.4, 0.02 },
        { AlertSeverity.Page, 6, 30, 6, 0.05 },
        { AlertSeverity.Ticket, 24, 120, 3, 0.10 },
        { AlertSeverity.Ticket, 72, 360, 1, 0.10 },
    };

    [Theory]
    [MemberData(nameof(WorkbookTable))]
    public void Burning_at_the_workbook_rate_for_the_long_window_consumes_the_published_share_of_a_30_day_budget(AlertSeverity severity, int longHours, int shortMinutes, double factor, double consumed)
    {
        var window = new BurnRateWindow(severity, TimeSpan.FromHours(longHours), TimeSpan.FromMinutes(shortMinutes), consumed);
        var bad = (int)Math.Round(longHours * EventsPerHour * factor * 0.001);
        var slo = Slo(0.999, TimeSpan.FromDays(30), window);

        var result = SloEvaluator.Evaluate(slo, Uniform(TimeSpan.FromDays(30), TimeSpan.FromHours(longHours), bad), AsOf);

        var burn = result.BurnRates.Should().ContainSingle().Subject;
        burn.Factor.Should().Be(factor);
        burn.LongBurnRate.Should().BeApproximately(factor, 1e-9);
        result.BudgetConsumed.Should().BeApproximately(consumed, 1e-9);
        burn.Firing.Should().BeFalse("an alert fires only when the long burn rate exceeds the factor, and here it equals it");
    }

    [Theory]
    [MemberData(nameof(WorkbookTable))]
    public void Burning_slightly_faster_than_the_workbook_rate_over_both_windows_fires_the_alert(AlertSeverity severity, int longHours, int shortMinutes, double factor, double consumed)
    {
        var window = new BurnRateWindow(severity, TimeSpan.FromHours(longHours), TimeSpan.FromMinutes(shortMinutes), consumed);
        var bad = (int)Math.Round(longHours * EventsPerHour * factor * 0.001 * 1.2);
        var slo = Slo(0.999, TimeSpan.FromDays(30), window);

        var result = SloEvaluator.Evaluate(slo, Uniform(TimeSpan.FromDays(30), TimeSpan.FromHours(longHours), bad), AsOf);

        result.BurnRates[0].Firing.Should().BeTrue();
        result.Firing.Should().Equal(severity);
    }

    [Fact]
    public void A_burn_that_stopped_before_the_short_window_does_not_fire()
    {
        // 100 bad events in the hour before the last 10 minutes: the 1h burn is high, the 5m burn is zero.
        var events = new List<(long, bool)>();
        for (var i = 0; i < 30 * 24 * EventsPerHour; i++)
        {
            var time = SloEventSeries.ToMicroseconds(AsOf) - (i * Spacing);
            var minutesAgo = i * Spacing / 60_000_000.0;
            events.Add((time, !(minutesAgo > 10 && minutesAgo < 60 && i % 5 == 0)));
        }

        var result = SloEvaluator.Evaluate(Slo(0.999, TimeSpan.FromDays(30), BurnRateWindow.SreWorkbook[0]), Create(events), AsOf);

        result.BurnRates[0].LongBurnRate.Should().BeGreaterThan(14.4);
        result.BurnRates[0].ShortBurnRate.Should().Be(0);
        result.BurnRates[0].Firing.Should().BeFalse();
    }

    [Fact]
    public void Sli_budget_and_verdict_are_computed_over_the_window_only()
    {
        // 10,000 events in the last 28 days with 31 bad; 500 bad events before the window do not count.
        var events = new List<(long, bool)>();
        for (var i = 0; i < 10_000; i++)
        {
            events.Add((Micros(AsOf.AddMinutes(-i)), i % 300 != 7 || i > 9_300));
        }

        for (var i = 0; i < 500; i++)
        {
            events.Add((Micros(AsOf.AddDays(-29).AddMinutes(-i)), false));
        }

        var bad = events.Count(e => !e.Item2 && e.Item1 > Micros(AsOf.AddDays(-28)));
        var slo = Slo(0.995, TimeSpan.FromDays(28)) with { BudgetRemainingWarn = 0.5, BudgetRemainingFail = 0.25 };

        var result = SloEvaluator.Evaluate(slo, Create(events), AsOf);

        bad.Should().Be(31);
        result.TotalEvents.Should().Be(10_000);
        result.GoodEvents.Should().Be(9_969);
        result.Sli.Should().BeApproximately(0.9969, 1e-12);
        result.BudgetConsumed.Should().BeApproximately(0.62, 1e-9);
        result.BudgetRemaining.Should().BeApproximately(0.38, 1e-9);
        result.Status.Should().Be(CheckStatus.Warn, "38% left is under the 50% warn limit but over the 25% fail limit");
        result.WindowStart.Should().Be(AsOf.AddDays(-28));
    }

    [Theory]
    [InlineData(0.30, null, CheckStatus.Pass)]
    [InlineData(0.30, 0.25, CheckStatus.Pass)]
    [InlineData(0.20, 0.25, CheckStatus.Fail)]
    [InlineData(-0.10, null, CheckStatus.Fail)]
    [InlineData(0.0, null, CheckStatus.Pass)]
    public void The_verdict_fails_below_the_fail_limit_which_defaults_to_an_exhausted_budget(double remaining, double? fail, CheckStatus expected)
    {
        // 1,000 events; objective 99%: 10 bad events is the whole budget.
        var bad = (int)Math.Round((1 - remaining) * 10);
        var events = Enumerable.Range(0, 1000).Select(i => (Micros(AsOf.AddMinutes(-i)), i >= bad)).ToList();

        var result = SloEvaluator.Evaluate(Slo(0.99, TimeSpan.FromDays(7)) with { BudgetRemainingFail = fail }, Create(events), AsOf);

        result.BudgetRemaining.Should().BeApproximately(remaining, 1e-9);
        result.Status.Should().Be(expected);
    }

    [Fact]
    public void A_firing_page_fails_the_slo_and_a_firing_ticket_warns_even_with_budget_left()
    {
        // Quiet for 30 days, then a tenth of the last hour's events fail (one of the last five minutes'): burn 100 on 1h, 200 on 5m.
        var events = Enumerable.Range(0, 30 * 24 * 60).Select(i => (Micros(AsOf.AddMinutes(-i)), !(i < 60 && i % 10 == 0))).ToList();
        var page = Slo(0.999, TimeSpan.FromDays(30), BurnRateWindow.SreWorkbook[0]);
        var ticket = Slo(0.999, TimeSpan.FromDays(30)) with
        {
            Alerting = new SloAlerting { Ticket = new SloAlert(), Windows = [new BurnRateWindow(AlertSeverity.Ticket, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.001)] },
        };

        var paged = SloEvaluator.Evaluate(page, Create(events), AsOf);
        var ticketed = SloEvaluator.Evaluate(ticket, Create(events), AsOf);

        paged.BudgetRemaining.Should().BeGreaterThan(0.8);
        paged.Firing.Should().Equal(AlertSeverity.Page);
        paged.Status.Should().Be(CheckStatus.Fail);
        ticketed.Firing.Should().Equal(AlertSeverity.Ticket);
        ticketed.Status.Should().Be(CheckStatus.Warn);
        paged.Evidence.Summary.Should().Contain("page alert firing (1h 100× and 5m 200× > 14.4×)");
    }

    [Fact]
    public void Windows_that_start_before_the_data_are_partial_and_measured_over_the_data_there_is()
    {
        // The data starts 30 minutes before the as-of instant: 30 events, 3 bad.
        var events = Enumerable.Range(0, 30).Select(i => (Micros(AsOf.AddMinutes(-i)), i % 10 != 0)).ToList();
        var slo = Slo(0.99, TimeSpan.FromDays(28), BurnRateWindow.SreWorkbook[0], BurnRateWindow.SreWorkbook[1]);

        var result = SloEvaluator.Evaluate(slo, Create(events), AsOf);

        var oneHour = result.BurnRates[0];
        oneHour.LongPartial.Should().BeTrue("the 1h window starts before the first event");
        oneHour.LongEvents.Should().Be(30);
        oneHour.LongBurnRate.Should().BeApproximately(10, 1e-9, "3 bad of 30 is 10%, ten times a 1% budget");
        oneHour.ShortPartial.Should().BeFalse("the 5m window is full of data");
        oneHour.ShortEvents.Should().Be(5);
        result.Coverage.Should().BeApproximately(29.0 / (28 * 24 * 60), 1e-12);
        result.Evidence.Summary.Should().Contain("the data covers 0.072% of the window (from 2026-11-15T23:31:00Z)");
        result.Evidence.Details.Should().ContainSingle().Which.Rows[0][1].ToString().Should().Be("1h (partial)");
    }

    [Fact]
    public void Events_after_the_as_of_instant_are_not_counted()
    {
        var events = new List<(long, bool)> { (Micros(AsOf), true), (Micros(AsOf.AddTicks(10)), false) };

        var result = SloEvaluator.Evaluate(Slo(0.9, TimeSpan.FromDays(1)), Create(events), AsOf);

        (result.TotalEvents, result.GoodEvents).Should().Be((1, 1));
    }

    [Fact]
    public void No_events_in_the_window_is_an_error_not_a_pass()
    {
        var events = new List<(long, bool)> { (Micros(AsOf.AddDays(-40)), true) };

        var result = SloEvaluator.Evaluate(Slo(0.99, TimeSpan.FromDays(28), BurnRateWindow.SreWorkbook[0]), Create(events), AsOf);

        result.Status.Should().Be(CheckStatus.Error);
        result.Sli.Should().BeNull();
        result.BurnRates[0].LongBurnRate.Should().BeNull();
        result.BurnRates[0].Firing.Should().BeFalse();
        result.Evidence.Summary.Should().Be("no events in the 28d window up to 2026-11-16T00:00:00Z, so the SLI cannot be measured");
    }

    [Fact]
    public void A_calendar_window_counts_from_the_start_of_the_period()
    {
        // A bad event on October 31 belongs to last month; November's two events are good.
        var events = new List<(long, bool)> { (Micros(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero)), false), (Micros(new DateTimeOffset(2026, 11, 1, 0, 0, 1, TimeSpan.Zero)), true), (Micros(AsOf), true) };

        var result = SloEvaluator.Evaluate(new SloDefinition("monthly", SloIndicator.Ratio("true"), 0.99, SloWindow.Of(CalendarPeriod.Month)), Create(events), AsOf);

        result.WindowStart.Should().Be(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        (result.TotalEvents, result.GoodEvents).Should().Be((2, 2));
    }

    private static SloDefinition Slo(double objective, TimeSpan window, params BurnRateWindow[] windows)
    {
        var alerting = windows.Length == 0 ? null : new SloAlerting { Page = new SloAlert(), Ticket = new SloAlert(), Windows = windows };
        return new SloDefinition("latency", SloIndicator.Ratio("true"), objective, SloWindow.Rolling(window)) { Alerting = alerting };
    }

    /// <summary>Events every 2.88 s over <paramref name="span"/> up to the as-of instant, the last <paramref name="bad"/>-in-<paramref name="within"/> evenly spread bad ones.</summary>
    private static SloEventSeries Uniform(TimeSpan span, TimeSpan within, int bad)
    {
        var count = (int)(span.TotalHours * EventsPerHour);
        var inWindow = (int)(within.TotalHours * EventsPerHour);
        var stride = inWindow / bad;
        var times = new long[count];
        var good = new bool[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = Micros(AsOf) - (i * Spacing);
            good[i] = !(i < inWindow && i % stride == 0 && i / stride < bad);
        }

        return SloEventSeries.Create(times, good);
    }

    private static SloEventSeries Create(List<(long Time, bool Good)> events) =>
        SloEventSeries.Create([.. events.Select(e => e.Time)], [.. events.Select(e => e.Good)]);

    private static long Micros(DateTimeOffset instant) => SloEventSeries.ToMicroseconds(instant);
}
