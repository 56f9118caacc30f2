using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Statistics.Tests.Baselines;

public sealed class RollingQuantileBandTests
{
    [Theory]
    [MemberData(nameof(BaselineCaseFile.RobustNames), MemberType = typeof(BaselineCaseFile))]
    public void Quartiles_agree_with_numpy_linear_quantiles(string name)
    {
        var c = BaselineCaseFile.Instance.Robust.Single(x => x.Name == name);

        var quartiles = RollingQuantileBand.Quantiles(c.Values, [0.25, 0.5, 0.75]);

        for (var i = 0; i < 3; i++)
        {
            quartiles[i].Should().BeApproximately(c.Quartiles[i], Math.Abs(c.Quartiles[i]) * 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(BaselineCaseFile.RobustNames), MemberType = typeof(BaselineCaseFile))]
    public void Expected_is_the_median_and_scale_the_iqr_over_1_349(string name)
    {
        var c = BaselineCaseFile.Instance.Robust.Single(x => x.Name == name);
        var iqr = c.Quartiles[2] - c.Quartiles[0];
        var scale = iqr > 0 ? iqr / 1.3489795003921634 : 1.2533141373155 * c.MeanAbsoluteDeviation;

        var estimate = RollingQuantileBand.Of(c.Values);

        estimate.Expected.Should().BeApproximately(c.Quartiles[1], Math.Abs(c.Quartiles[1]) * 1e-9);
        estimate.Scale.Should().BeApproximately(scale, Math.Max(scale * 1e-9, 1e-300));
    }

    [Fact]
    public void Band_is_k_scales_either_side_of_the_median()
    {
        var estimate = RollingQuantileBand.Of([1.0, 2.0, 3.0, 4.0, 5.0]);

        var (lower, upper) = estimate.Band(2);

        lower.Should().BeApproximately(3 - (2 * 2 / 1.3489795003921634), 1e-12);
        upper.Should().BeApproximately(3 + (2 * 2 / 1.3489795003921634), 1e-12);
    }
}
