using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Baselines;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.Baselines;

[UseCulture("de-DE")]
public sealed class HistoryJudgementTests
{
    private static readonly MonitorDefinition NullShare = new("amount-nulls", "payments", CheckKind.Completeness)
    {
        Columns = ["amount"],
        Warn = Threshold.AtMost(0.1),
        Fail = Threshold.AtMost(0.25),
    };

    private readonly SyntheticHistory history = new();

    [Fact]
    public void For_windows_fails_only_once_the_condition_held_over_that_many_consecutive_windows()
    {
        var monitor = NullShare with { For = SustainPeriod.ForWindows(3) };
        Record(monitor, (8, 0.05), (9, 0.3));

        var second = history.Judge(monitor, 10, 0.4);
        Record(monitor, (10, 0.4));
        var third = history.Judge(monitor, 11, 0.5);

        second.Status.Should().Be(CheckStatus.Pass, "fail held 2 of 3 windows, and warn (value above 0.1) held as long, also short of 3");
        second.Evidence.Summary.Should().Contain("the fail condition has held for 2 windows (2d) of the 3 windows 'for' asks, so it is not reported as fail yet; the warn condition has held for 2 windows (2d)");
        third.Status.Should().Be(CheckStatus.Fail);
        third.Evidence.Summary.Should().Contain("the fail condition has held for 3 windows (3d), at least the 3 windows 'for' asks");
    }

    [Fact]
    public void Below_the_required_streak_the_condition_is_not_reported_and_the_evidence_says_how_long_it_held()
    {
        var monitor = NullShare with { For = SustainPeriod.For(TimeSpan.FromDays(3)) };
        Record(monitor, (9, 0.05));

        var result = history.Judge(monitor, 10, 0.4);

        result.Status.Should().Be(CheckStatus.Pass);
        result.Evidence.Summary.Should().Contain("the fail condition has held for 1 window (1d) of the 3d 'for' asks, so it is not reported as fail yet");
        result.Value.Should().Be(0.4);
    }

    [Fact]
    public void A_missing_day_ends_the_streak_rather_than_counting_as_failing()
    {
        var monitor = NullShare with { For = SustainPeriod.For(TimeSpan.FromDays(3)) };
        Record(monitor, (7, 0.3), (8, 0.3)); // day 9 missing

        var afterGap = history.Judge(monitor, 10, 0.3);
        Record(monitor, (9, 0.3));
        var filled = history.Judge(monitor, 10, 0.3);

        afterGap.Status.Should().Be(CheckStatus.Pass);
        afterGap.Evidence.Summary.Should().Contain("held for 1 window (1d) of the 3d");
        filled.Status.Should().Be(CheckStatus.Fail);
        filled.Evidence.Summary.Should().Contain("held for 4 windows (4d)");
    }

    [Fact]
    public void A_window_recorded_as_passing_because_its_condition_was_pending_still_counts_towards_the_streak()
    {
        var monitor = NullShare with { For = SustainPeriod.ForWindows(2) };
        // Day 9 failed its limits but was recorded as pass while the condition was pending.
        history.Record(monitor, 9, 0.3, monitor.Warn, monitor.Fail, CheckStatus.Pass);

        history.Judge(monitor, 10, 0.3).Status.Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void Recover_keeps_a_failing_monitor_failing_until_the_value_is_back_below_the_recovery_limit()
    {
        var monitor = NullShare with { Recover = 0.05 };
        Record(monitor, (9, 0.3));

        var between = history.Judge(monitor, 10, 0.08);
        var back = history.Judge(monitor, 10, 0.04);

        between.Status.Should().Be(CheckStatus.Fail);
        between.Evidence.Summary.Should().Contain("still failing: the previous recorded window (2026-08-10T00:00:00Z) failed, and the value 0.08 is not yet back past recover 0.05");
        back.Status.Should().Be(CheckStatus.Pass);
        back.Evidence.Summary.Should().Contain("recovered");
    }

    [Fact]
    public void A_gap_does_not_clear_a_failure()
    {
        var monitor = NullShare with { Recover = 0.05 };
        Record(monitor, (5, 0.3)); // days 6 to 9 missing

        history.Judge(monitor, 10, 0.08).Status.Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void Recover_does_nothing_when_the_previous_window_did_not_fail()
    {
        var monitor = NullShare with { Recover = 0.05 };
        Record(monitor, (9, 0.2));

        history.Judge(monitor, 10, 0.2).Status.Should().Be(CheckStatus.Warn);
    }

    [Fact]
    public void Without_a_history_a_monitor_that_reads_one_is_skipped_naming_the_history_option()
    {
        var monitor = NullShare with { For = SustainPeriod.ForWindows(2) };

        var result = HistoryJudgement.Apply(monitor, SyntheticHistory.Measured(monitor, 0.3), new RunOptions(), SyntheticHistory.Day0, 100);

        result.Status.Should().Be(CheckStatus.Skipped, "it is not judged, and never passed");
        result.Evidence.Summary.Should().Be("monitor 'amount-nulls' has 'for', which reads the monitor's past windows, and this run has no history, so it is not judged; give --history FILE (or history: { store: … } in the definitions)");
    }

    [Fact]
    public void Too_little_history_skips_a_baseline_monitor_and_never_passes_it()
    {
        var monitor = Baseline(new BaselineDefinition(BaselineMethod.MedianMad) { MinHistory = 5 });
        Record(monitor, (7, 0.1), (8, 0.1), (9, 0.1));

        var result = history.Judge(monitor, 10, 0.1);

        result.Status.Should().Be(CheckStatus.Skipped);
        result.Evidence.Summary.Should().Be("baseline median-mad needs 5 past windows (min_history) and only 3 of the last 28 are usable; 25 left out");
    }

    [Fact]
    public void Median_mad_judges_robust_z_and_the_evidence_gives_the_expected_value_band_and_windows_left_out()
    {
        var monitor = Baseline(new BaselineDefinition(BaselineMethod.MedianMad) { Window = TimeSpan.FromDays(7), MinHistory = 3, MinVolume = 1000, Warn = 3, Fail = 5 });
        // Usable: 10, 12, 14, 11 → median 11.5, MAD median(|-1.5|, .5, 2.5, .5) = 1.0 → scale 1.4826.
        Record(monitor, (3, 10), (4, 12), (6, 14), (7, 11));
        history.Record(monitor, 8, 500, null, null, rows: 10); // below min_volume
        history.Record(monitor, 9, 400, null, null); // left out by the exclusion

        var result = history.Judge(monitor, 10, 11.5 + (4 * 1.4826), exclude: e => e.Window.Key.Start == SyntheticHistory.Day0.AddDays(9));

        result.Status.Should().Be(CheckStatus.Warn);
        result.Fail.Should().Be(new Threshold(11.5 - (5 * 1.4826), 11.5 + (5 * 1.4826)));
        result.Evidence.Summary.Should().StartWith("17.43 is 4 deviations above the expected 11.5 (median-mad over 4 past windows, 3 left out; band 6.311 to 16.69)");
        var leftOut = result.Evidence.Details.Single(t => t.Title == "Left out of the baseline");
        leftOut.Rows.Select(r => r[0].ToString() + " " + r[1]).Should().Equal(
            "2026-08-06T00:00:00Z not recorded",
            "2026-08-09T00:00:00Z 10 rows, below min_volume 1,000",
            "2026-08-10T00:00:00Z excluded by a known event");
    }

    [Fact]
    public void A_relative_change_limit_judges_the_change_from_the_expected_value()
    {
        var monitor = Baseline(new BaselineDefinition(BaselineMethod.MedianMad) { Window = TimeSpan.FromDays(5), MinHistory = 3, ChangeWarn = 0.1, ChangeFail = 0.25 });
        Record(monitor, (5, 100), (6, 100), (7, 90), (8, 110), (9, 100));

        history.Judge(monitor, 10, 109).Status.Should().Be(CheckStatus.Pass);
        history.Judge(monitor, 10, 85).Status.Should().Be(CheckStatus.Warn);
        var fail = history.Judge(monitor, 10, 130);
        fail.Status.Should().Be(CheckStatus.Fail);
        fail.Evidence.Summary.Should().StartWith("130 is 30.0% above the expected 100 (median-mad over 5 past windows, none left out; band 75 to 125)");
    }

    [Fact]
    public void The_judged_window_below_min_volume_is_skipped()
    {
        var monitor = Baseline(new BaselineDefinition(BaselineMethod.MedianMad) { MinHistory = 3, MinVolume = 1000 });

        var result = history.Judge(monitor, 10, 0.1, rows: 12);

        result.Status.Should().Be(CheckStatus.Skipped);
        result.Evidence.Summary.Should().Be("this window has 12 rows, below the baseline's min_volume 1,000, so it is not judged");
    }

    [Fact]
    public void Recover_on_a_baseline_is_in_deviations()
    {
        var monitor = Baseline(new BaselineDefinition(BaselineMethod.MedianMad) { Window = TimeSpan.FromDays(4), MinHistory = 3, Fail = 3 }) with { Recover = 1 };
        Record(monitor, (6, 10), (7, 12), (8, 11));
        history.Record(monitor, 9, 30, null, null, CheckStatus.Fail); // median of 10, 11, 12, 30 → 11.5; MAD 1 → scale 1.4826

        history.Judge(monitor, 10, 11.5 + (2 * 1.4826)).Status.Should().Be(CheckStatus.Fail);
        history.Judge(monitor, 10, 11.5 + (0.5 * 1.4826)).Status.Should().Be(CheckStatus.Pass);
    }

    private static MonitorDefinition Baseline(BaselineDefinition baseline) => NullShare with { Warn = null, Fail = null, Baseline = baseline };

    private void Record(MonitorDefinition monitor, params (int Day, double Value)[] days)
    {
        foreach (var (day, value) in days)
        {
            history.Record(monitor, day, value, monitor.Warn, monitor.Fail);
        }
    }
}
