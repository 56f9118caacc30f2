using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>The decision table of <c>method: auto</c>, as docs/drift.md prints it.</summary>
public sealed class AutoMethodTableTests
{
    [Theory]
    [InlineData(ColumnType.Double, 1, 0, DriftMethod.KolmogorovSmirnov)]
    [InlineData(ColumnType.Int64, 1000, 0, DriftMethod.KolmogorovSmirnov)]
    [InlineData(ColumnType.Timestamp, 1001, 0, DriftMethod.Psi)]
    [InlineData(ColumnType.Date, 1_000_000, 0, DriftMethod.Psi)]
    [InlineData(ColumnType.Bool, 1000, 2, DriftMethod.TwoProportionZ)]
    [InlineData(ColumnType.String, 10, 1, DriftMethod.TwoProportionZ)]
    [InlineData(ColumnType.Bool, 1001, 2, DriftMethod.JensenShannon)]
    [InlineData(ColumnType.String, 1000, 200, DriftMethod.ChiSquare)]
    [InlineData(ColumnType.String, 999, 200, DriftMethod.JensenShannon)]
    [InlineData(ColumnType.String, 15, 3, DriftMethod.ChiSquare)]
    [InlineData(ColumnType.String, 100_000, 200, DriftMethod.JensenShannon)]
    public void Auto_picks_by_type_sample_size_and_distinct_values(ColumnType type, long sampleSize, long distinct, DriftMethod expected)
    {
        var choice = DriftMethods.Choose(type, sampleSize, distinct);

        choice.Method.Should().Be(expected);
        choice.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void P_value_tests_are_picked_only_for_samples_of_at_most_1000()
    {
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            foreach (var distinct in new long[] { 2, 5, 50 })
            {
                DriftMethods.IsPValueTest(DriftMethods.Choose(type, DriftMethods.SmallSampleLimit + 1, distinct).Method).Should().BeFalse();
            }
        }
    }

    [Fact]
    public void Every_method_auto_picks_measures_the_type_it_is_picked_for()
    {
        foreach (var type in Enum.GetValues<ColumnType>())
        {
            foreach (var size in new long[] { 1, 500, 1000, 1001, 1_000_000 })
            {
                foreach (var distinct in new long[] { 1, 2, 3, 300 })
                {
                    var method = DriftMethods.Choose(type, size, distinct).Method;
                    DriftMethods.AppliesTo(method, type).Should().BeTrue("{0} picked for {1}", method, type);
                    method.Should().NotBe(DriftMethod.Auto);
                }
            }
        }
    }

    [Fact]
    public void Default_thresholds_are_lower_limits_for_p_values_and_upper_limits_for_distances()
    {
        DriftMethods.DefaultThresholds(DriftMethod.KolmogorovSmirnov).Should().Be(new ThresholdPair(Threshold.AtLeast(0.05), Threshold.AtLeast(0.01)));
        DriftMethods.DefaultThresholds(DriftMethod.Psi).Should().Be(new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.25)));
        DriftMethods.DefaultThresholds(DriftMethod.JensenShannon).Should().Be(new ThresholdPair(Threshold.AtMost(0.1), Threshold.AtMost(0.2)));
        DriftMethods.DefaultThresholds(DriftMethod.KullbackLeibler).Should().Be(new ThresholdPair(Threshold.AtMost(0.05), Threshold.AtMost(0.125)));
    }
}
