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
}
