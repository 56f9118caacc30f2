using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Engine.Tests.Diffing;

public sealed class DefinitionDiffBaselineTests
{
    private static readonly MonitorDefinition Fixed = new("amount-nulls", "payments", CheckKind.Completeness) { Columns = ["amount"], Fail = Threshold.AtMost(0.25) };

    private static readonly MonitorDefinition WithBaseline = Fixed with
    {
        Fail = null,
        Baseline = new BaselineDefinition(BaselineMethod.SamePeriodLastWeek) { Warn = 3, Fail = 5 },
    };

    [Fact]
    public void Wider_deviation_limits_more_history_and_a_longer_for_are_loosened_and_risky()
    {
        var after = WithBaseline with
        {
            Baseline = WithBaseline.Baseline! with { Fail = 6, MinHistory = 21 }, // WithBaseline has a baseline
            For = SustainPeriod.For(TimeSpan.FromDays(3)),
        };

        Summaries(WithBaseline, after).Should().Equal(
            "Risky amount-nulls fail: fail loosened 5 → 6",
            "Risky amount-nulls baseline.min_history: baseline.min_history loosened 14 → 21",
            "Risky amount-nulls for: for added: 3d");
    }

    [Fact]
    public void Narrower_limits_a_shorter_for_and_an_added_recover_are_tightened()
    {
        var before = WithBaseline with { For = SustainPeriod.ForWindows(3) };
        var after = WithBaseline with { Baseline = WithBaseline.Baseline! with { Warn = 2 }, For = SustainPeriod.ForWindows(2), Recover = 1 }; // WithBaseline has a baseline

        Summaries(before, after).Should().Equal(
            "Tightening amount-nulls warn: warn tightened 3 → 2",
            "Tightening amount-nulls for: for tightened 3 windows → 2 windows",
            "Tightening amount-nulls recover: recover added: 1");
    }

    [Fact]
    public void Switching_from_fixed_thresholds_to_a_baseline_shows_both_and_the_method_change_is_neutral()
    {
        Summaries(Fixed, WithBaseline).Should().Equal(
            "Risky amount-nulls fail: fail threshold removed (was 0.25)",
            "Neutral amount-nulls baseline: baseline changed none → same-period-last-week");
        Summaries(WithBaseline, WithBaseline with { Baseline = WithBaseline.Baseline! with { Method = BaselineMethod.HoltWinters } }).Should().Equal( // WithBaseline has a baseline
            "Neutral amount-nulls baseline.method: baseline method changed same-period-last-week → holt-winters");
    }

    [Fact]
    public void A_recover_closer_to_an_upper_fail_limit_is_loosened()
    {
        Summaries(Fixed with { Recover = 0.1 }, Fixed with { Recover = 0.2 }).Should().Equal("Risky amount-nulls recover: recover loosened 0.1 → 0.2");
    }

    private static List<string> Summaries(MonitorDefinition before, MonitorDefinition after) =>
        DefinitionDiff.Compare(Set(before), Set(after)).Changes.Select(c => $"{c.Risk} {c.Subject} {c.Field}: {c.Summary}").ToList();

    private static DefinitionSet Set(MonitorDefinition monitor) => new([], [monitor], []);
}
