using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Statistics.Tests.Baselines;

public sealed class RobustScaleTests
{
    private const double Relative = 1e-9;

    [Theory]
    [MemberData(nameof(BaselineCaseFile.RobustNames), MemberType = typeof(BaselineCaseFile))]
    public void Median_and_mad_agree_with_numpy(string name)
    {
        var c = BaselineCaseFile.Instance.Robust.Single(x => x.Name == name);

        RobustScale.Median(c.Values).Should().BeApproximately(c.Median, Tolerance(c.Median));
        RobustScale.MedianAbsoluteDeviation(c.Values).Should().BeApproximately(c.Mad, Tolerance(c.Mad));
    }

    [Theory]
    [MemberData(nameof(BaselineCaseFile.RobustNames), MemberType = typeof(BaselineCaseFile))]
    public void Scale_is_the_scaled_mad_or_the_scaled_mean_deviation_when_the_mad_is_zero(string name)
    {
        var c = BaselineCaseFile.Instance.Robust.Single(x => x.Name == name);
        var expected = c.Mad > 0 ? 1.4826 * c.Mad : 1.2533141373155 * c.MeanAbsoluteDeviation;

        var estimate = RobustScale.Of(c.Values);

        estimate.Expected.Should().BeApproximately(c.Median, Tolerance(c.Median));
        estimate.Scale.Should().BeApproximately(expected, Tolerance(expected));
    }

    [Fact]
    public void Zero_mad_falls_back_to_the_mean_deviation_so_a_value_near_the_ties_is_not_infinitely_far()
    {
        var estimate = RobustScale.Of([3.0, 3.0, 3.0, 3.0, 3.0, 4.0, 7.0]);

        estimate.Scale.Should().BeApproximately(1.2533141373155 * (5.0 / 7.0), 1e-12);
        double.IsFinite(estimate.Deviation(4.0)).Should().BeTrue();
    }

    [Fact]
    public void A_flat_history_makes_any_change_infinitely_far_and_no_change_zero()
    {
        var estimate = RobustScale.Of([2.5, 2.5, 2.5, 2.5]);

        estimate.Scale.Should().Be(0);
        estimate.Deviation(2.5).Should().Be(0);
        estimate.Deviation(2.6).Should().Be(double.PositiveInfinity);
        estimate.Deviation(2.4).Should().Be(double.NegativeInfinity);
    }

    private static double Tolerance(double expected) => Math.Max(Math.Abs(expected) * Relative, 1e-300);
}
