using MonitorsAsCode.Engine.Events;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Rendering.Tests.History;

public sealed class MonitorTrendTests
{
    private static readonly KnownEvents Events = KnownEvents.Of(TrendExample.Definitions);

    [Fact]
    public void A_missing_day_is_a_gap_of_its_own_and_events_mark_the_windows_they_overlap()
    {
        using var store = TrendExample.Store();
        var trend = MonitorTrend.Read(store, "amount-nulls", 30, Events);

        trend.Total.Should().Be(29);
        trend.Shown.Should().Be(29);
        trend.Points.Should().HaveCount(30, "29 windows and one gap");
        var gap = trend.Points[5];
        gap.IsGap.Should().BeTrue();
        (gap.Start, gap.End).Should().Be((TrendExample.Day0.AddDays(5), TrendExample.Day0.AddDays(6)));
        gap.Describe().Should().Be("2026-10-06");
        trend.Points.Where(p => p.Events.Any(e => e.Id == "campaign-2026-10")).Select(p => p.Describe()).Should().Equal("2026-10-11", "2026-10-12", "2026-10-13", "2026-10-14");
        trend.Points.Where(p => p.Events.Any(e => e.Id == "release<i>")).Select(p => p.Describe()).Should().Equal(["2026-10-20"], "an event of a few hours marks the day it falls in");
        trend.Points.Should().NotContain(p => p.Events.Any(e => e.Id == "elsewhere"), "an event of another dataset marks nothing");
    }

    [Fact]
    public void The_last_windows_are_the_latest_ones_and_a_gap_before_the_first_shown_is_not_drawn()
    {
        using var store = TrendExample.Store();
        var trend = MonitorTrend.Read(store, "amount-nulls", 24, Events);

        trend.Shown.Should().Be(24);
        trend.Total.Should().Be(29);
        trend.Points[0].Describe().Should().Be("2026-10-07", "the 24 latest windows start after the missing day");
        trend.Points.Should().NotContain(p => p.IsGap);
        trend.Points[^1].Entry!.Window.Should().Be(TrendExample.Window(29));
    }

    [Fact]
    public void Windows_without_bounds_have_no_gaps_and_read_as_their_instant()
    {
        var at = new DateTimeOffset(2026, 11, 16, 12, 30, 0, TimeSpan.Zero);
        var entries = new[] { 0, 3 }.Select(d => new HistoryEntry("m", "payments", "volume", JudgedWindow.At(at.AddDays(d)), CheckStatus.Pass, 1.0)).ToList();

        var points = MonitorTrend.Slots(entries, KnownEvents.None);

        points.Select(p => p.Describe()).Should().Equal("as of 2026-11-16T12:30:00Z", "as of 2026-11-19T12:30:00Z");
    }

    [Fact]
    public void A_window_of_several_days_or_hours_reads_as_its_span()
    {
        var days = new HistoryEntry("m", "d", "volume", new JudgedWindow(TrendExample.Day0, TrendExample.Day0.AddDays(7), TrendExample.Day0.AddDays(7)), CheckStatus.Pass, 1.0);
        var hours = new HistoryEntry("m", "d", "volume", new JudgedWindow(TrendExample.Day0.AddHours(7), TrendExample.Day0.AddHours(8), TrendExample.Day0.AddHours(8)), CheckStatus.Pass, 1.0);

        MonitorTrend.Slots([days], KnownEvents.None).Single().Describe().Should().Be("2026-10-01 to 2026-10-07");
        MonitorTrend.Slots([hours], KnownEvents.None).Single().Describe().Should().Be("2026-10-01T07:00:00Z to 2026-10-01T08:00:00Z");
    }
}
