using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Rendering.Tests.History;

[UseCulture("de-DE")]
public sealed class HistoryTrendTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_band_threshold_marks_both_limits_and_a_missing_value_leaves_the_bar_empty()
    {
        HistoryEntry Volume(int day, double? value, CheckStatus status) =>
            new("volume", "orders", "volume", new JudgedWindow(Day.AddDays(day), Day.AddDays(day + 1), Day.AddDays(day + 1)), status, value)
            {
                Warn = new Threshold(0.8, 1.25),
                Fail = new Threshold(0.5, 2),
                EvidenceSummary = "ratio " + value,
            };

        var text = HistoryTrend.Render("volume", [Volume(0, 1.0, CheckStatus.Pass), Volume(1, null, CheckStatus.Error), Volume(2, 2.0, CheckStatus.Fail)], total: 5);

        // Scale 0..2 over cells 0..23: 0.5 → 5.75 → 6, 0.8 → 9.2 → 9, 1.0 → 11.5 → 12 (to even), 1.25 → 14.375 → 14, 2 → 23.
        text.Split('\n').Should().Equal(
            "monitor 'volume' (volume on dataset 'orders'): the last 3 of 5 windows",
            "trend: ▁ █  min 1, max 2",
            "",
            "window                                        status  value  warn             fail          value against thresholds",
            "2026-11-01T00:00:00Z .. 2026-11-02T00:00:00Z  pass    1      < 0.8 or > 1.25  < 0.5 or > 2  |======F==w===.w........F|",
            "2026-11-02T00:00:00Z .. 2026-11-03T00:00:00Z  error   n/a    < 0.8 or > 1.25  < 0.5 or > 2  |......F..w....w........F|",
            "2026-11-03T00:00:00Z .. 2026-11-04T00:00:00Z  fail    2      < 0.8 or > 1.25  < 0.5 or > 2  |======F==w====w========F|",
            "",
            "latest: ratio 2",
            "");
    }

    [Fact]
    public void An_empty_history_says_so()
    {
        HistoryTrend.Render("gone\u001b", [], total: 0).Should().Be("no history for monitor 'gone\\x1b'\n");
    }

    [Fact]
    public void Gaps_events_and_a_baselines_band_are_marked_and_event_text_is_escaped()
    {
        var entries = TrendExample.Entries().Where(e => e.MonitorId == "amount-nulls").Take(12).ToList();
        var text = HistoryTrend.Render("amount-nulls", entries, 29, MonitorsAsCode.Engine.Events.KnownEvents.Of(TrendExample.Definitions), TrendExample.Definitions.FindMonitor("amount-nulls"));
        var lines = text.Split('\n');

        lines.Should().Contain(l => l.StartsWith("2026-10-06T00:00:00Z .. 2026-10-07T00:00:00Z  no record", StringComparison.Ordinal), "the missing day is a line of its own");
        lines.Single(l => l.StartsWith("2026-10-12T00:00:00Z", StringComparison.Ordinal)).Should().Contain("fail").And.EndWith("campaign-2026-10 (suppress)");
        lines[3].Should().EndWith("known events");
        // Blocks: round((v - 0.01) / 0.19 * 7): 0.01 to 0.022 → 0 (▁), 0.026, 0.03, 0.034 → 1 (▂), 0.2 → 7 (█).
        lines[1].Should().Be("trend: ▁▁▁▁▂ ▂▁▁▁▁█▂  min 0.01, max 0.2", "the gap is a blank in the sparkline");
        text.Should().Contain("event campaign-2026-10: campaign, suppress, 2026-10-11 to 2026-10-14: Autumn cashback\n");

        var volume = TrendExample.Entries().Where(e => e.MonitorId == "daily-volume").ToList();
        var banded = HistoryTrend.Render("daily-volume", volume, 10, MonitorsAsCode.Engine.Events.KnownEvents.Of(TrendExample.Definitions), TrendExample.Definitions.FindMonitor("daily-volume"));
        banded.Split('\n')[3].Should().StartWith("window").And.Contain("warn band").And.Contain("fail band");
        banded.Should().Contain("warn band, fail band: the limits the baseline expected in each window (w: warn, F: fail)");
        var all = HistoryTrend.Render("amount-nulls", TrendExample.Entries().Where(e => e.MonitorId == "amount-nulls").ToList(), 29, MonitorsAsCode.Engine.Events.KnownEvents.Of(TrendExample.Definitions), null);
        var release = all.Split('\n').Single(l => l.StartsWith("event release", StringComparison.Ordinal));
        release.Should().NotContain("\u001b").And.Contain("\\x1b[2J", "the event's description reaches the terminal escaped");
    }
}
