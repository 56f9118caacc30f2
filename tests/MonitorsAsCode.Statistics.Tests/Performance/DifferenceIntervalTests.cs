using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Statistics.Tests.Performance;

public sealed class DifferenceIntervalTests
{
    [Fact]
    public void Two_wilson_intervals_give_statsmodels_newcombe_interval_of_the_difference()
    {
        foreach (var c in PerformanceCaseFile.Instance.ProportionDifferences)
        {
            var p1 = (double)c.K1 / c.N1;
            var p2 = (double)c.K2 / c.N2;

            var interval = DifferenceInterval.Of(p1, WilsonInterval.Of(c.K1, c.N1), p2, WilsonInterval.Of(c.K2, c.N2));

            var what = $"{c.K1}/{c.N1} - {c.K2}/{c.N2}";
            NumericAssert.Close(interval.Lower, c.Interval[0], what + " lower bound");
            NumericAssert.Close(interval.Upper, c.Interval[1], what + " upper bound");
        }
    }
}
