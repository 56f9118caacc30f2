using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Statistics.Tests.Baselines;

public sealed class SamePeriodBaselineTests
{
    [Fact]
    public void With_one_season_the_expected_value_is_the_value_one_season_ago()
    {
        // Period 3: the next point is like index 1 (one season before index 4).
        double[] history = [10, 20, 30, 11];

        var estimate = SamePeriodBaseline.Of(history, 3);

        estimate.Should().NotBeNull();
        estimate!.Value.Expected.Should().Be(20); // checked not null above
    }

    [Fact]
    public void With_several_seasons_the_expected_value_is_their_median_and_gaps_are_skipped()
    {
        // Same periods before the next point (index 12, period 4): 8 → 100, 4 → NaN (missing), 0 → 90; 104 from ... none.
        double[] history = [90, 1, 2, 3, double.NaN, 1, 2, 3, 100, 1, 2, 3];

        SamePeriodBaseline.SamePeriodValues(history, 4).Should().Equal(100, 90);
        SamePeriodBaseline.Of(history, 4)!.Value.Expected.Should().Be(95); // median of 100 and 90; not null: values exist
    }

    [Fact]
    public void Scale_is_the_robust_spread_of_season_over_season_changes()
    {
        double[] history = [10, 20, 30, 12, 19, 33, 11, 23, 30];
        double[] changes = [2, -1, 3, -1, 4, -3]; // y[t] - y[t-3] for t = 3..8

        var estimate = SamePeriodBaseline.Of(history, 3);

        estimate!.Value.Scale.Should().BeApproximately(RobustScale.Of(changes).Scale, 1e-12); // not null: seasons exist
        RobustScale.Of(changes).Scale.Should().BeApproximately(1.4826 * 2, 1e-12); // median |c - 0.5| = 2
    }

    [Theory]
    [MemberData(nameof(BaselineCaseFile.SamePeriodNames), MemberType = typeof(BaselineCaseFile))]
    public void Expected_value_and_scale_agree_with_numpy(string name)
    {
        var c = BaselineCaseFile.Instance.SamePeriod.Single(x => x.Name == name);
        var history = c.Values.Select(v => v ?? double.NaN).ToArray();

        var estimate = SamePeriodBaseline.Of(history, c.Period);

        estimate.Should().NotBeNull();
        estimate!.Value.Expected.Should().BeApproximately(c.Expected, Math.Abs(c.Expected) * 1e-9); // not null: asserted above
        estimate.Value.Scale.Should().BeApproximately(1.4826 * c.ChangeMad, 1.4826 * c.ChangeMad * 1e-9);
    }

    [Fact]
    public void Without_a_full_season_there_is_no_estimate()
    {
        SamePeriodBaseline.Of([1.0, 2.0], 7).Should().BeNull();
    }
}
