using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

public sealed class SloWindowTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_rolling_window_starts_its_length_before_the_as_of_instant()
    {
        SloWindow.Rolling(TimeSpan.FromDays(28)).StartFor(AsOf).Should().Be(new DateTimeOffset(2026, 10, 19, 9, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_calendar_week_starts_on_the_monday_at_midnight_utc()
    {
        // 2026-11-16 is a Monday; the Sunday before belongs to the previous week.
        SloWindow.Of(CalendarPeriod.Week).StartFor(AsOf).Should().Be(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero));
        SloWindow.Of(CalendarPeriod.Week).StartFor(new DateTimeOffset(2026, 11, 15, 23, 59, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_calendar_month_starts_on_the_first_at_midnight_utc_whatever_the_offset_of_the_as_of_instant()
    {
        var asOf = new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.FromHours(2));

        SloWindow.Of(CalendarPeriod.Month).StartFor(asOf).Should().Be(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Calendar_periods_have_nominal_lengths_for_burn_rate_factors()
    {
        SloWindow.Of(CalendarPeriod.Week).Duration.Should().Be(TimeSpan.FromDays(7));
        SloWindow.Of(CalendarPeriod.Month).Duration.Should().Be(TimeSpan.FromDays(30));
    }

    [Theory]
    [InlineData(28 * 24, "28d")]
    [InlineData(36, "1d12h")]
    public void A_rolling_window_prints_as_definitions_write_it(int hours, string expected)
    {
        SloWindow.Rolling(TimeSpan.FromHours(hours)).ToString().Should().Be(expected);
        SloWindow.Of(CalendarPeriod.Month).ToString().Should().Be("calendar month");
    }
}
