using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Tests.Running;

public sealed class StatusPolicyTests
{
    private static readonly Threshold Warn = Threshold.AtMost(0.1);
    private static readonly Threshold Fail = Threshold.AtMost(0.25);

    [Theory]
    [InlineData(0.0, CheckStatus.Pass)]
    [InlineData(0.1, CheckStatus.Pass)]
    [InlineData(0.10000000000000002, CheckStatus.Warn)]
    [InlineData(0.25, CheckStatus.Warn)]
    [InlineData(0.25000000000000006, CheckStatus.Fail)]
    [InlineData(1e9, CheckStatus.Fail)]
    public void A_value_equal_to_an_upper_threshold_does_not_breach_it_and_a_greater_one_does(double value, CheckStatus expected)
    {
        StatusPolicy.Judge(value, Warn, Fail).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.8, CheckStatus.Pass)]
    [InlineData(1.25, CheckStatus.Pass)]
    [InlineData(0.7999999999999999, CheckStatus.Warn)]
    [InlineData(1.2500000000000002, CheckStatus.Warn)]
    [InlineData(0.5, CheckStatus.Warn)]
    [InlineData(0.49999999999999994, CheckStatus.Fail)]
    [InlineData(1.5, CheckStatus.Warn)]
    [InlineData(1.5000000000000002, CheckStatus.Fail)]
    [InlineData(0.0, CheckStatus.Fail)]
    public void A_band_is_breached_strictly_below_its_lower_or_strictly_above_its_upper_limit(double value, CheckStatus expected)
    {
        StatusPolicy.Judge(value, new Threshold(0.8, 1.25), new Threshold(0.5, 1.5)).Should().Be(expected);
    }

    [Fact]
    public void A_one_sided_band_only_checks_its_side()
    {
        var below = new Threshold(0.5, null);

        StatusPolicy.Judge(100, null, below).Should().Be(CheckStatus.Pass);
        StatusPolicy.Judge(0.4, null, below).Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void Without_thresholds_every_value_passes()
    {
        StatusPolicy.Judge(double.MaxValue, null, null).Should().Be(CheckStatus.Pass);
        StatusPolicy.Judge(double.PositiveInfinity, null, null).Should().Be(CheckStatus.Pass);
    }

    [Fact]
    public void Only_a_fail_threshold_fails_without_warning_first()
    {
        StatusPolicy.Judge(0.2, null, Fail).Should().Be(CheckStatus.Pass);
        StatusPolicy.Judge(0.3, null, Fail).Should().Be(CheckStatus.Fail);
    }

    [Fact]
    public void A_NaN_value_is_an_error()
    {
        StatusPolicy.Judge(double.NaN, Warn, Fail).Should().Be(CheckStatus.Error);
        StatusPolicy.Judge(double.NaN, null, null).Should().Be(CheckStatus.Error);
    }

    [Theory]
    [InlineData(new CheckStatus[0], CheckStatus.Pass)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Skipped }, CheckStatus.Pass)]
    [InlineData(new[] { CheckStatus.Skipped }, CheckStatus.Pass)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Warn }, CheckStatus.Warn)]
    [InlineData(new[] { CheckStatus.Warn, CheckStatus.Fail }, CheckStatus.Fail)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Error }, CheckStatus.Fail)]
    [InlineData(new[] { CheckStatus.Error, CheckStatus.Warn }, CheckStatus.Fail)]
    public void A_gate_fails_on_any_failure_or_error_and_warns_on_any_warning(CheckStatus[] members, CheckStatus expected)
    {
        StatusPolicy.Gate(members).Should().Be(expected);
    }
}
