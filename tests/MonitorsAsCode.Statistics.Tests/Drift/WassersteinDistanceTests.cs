using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class WassersteinDistanceTests
{
    public static TheoryData<string> NumericCases => DriftCaseFile.NumericCaseNames();

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Distance_matches_scipy_and_normed_distance_matches_numpy_std(string name)
    {
        var testCase = DriftCaseFile.Instance.Numeric(name);

        var distance = WassersteinDistance.Between(testCase.Reference, testCase.Current);

        NumericAssert.Close(distance.Value, testCase.Expected.Wasserstein, "wasserstein_distance");
        NumericAssert.Close(distance.ReferenceStandardDeviation, testCase.Expected.ReferenceStd, "np.std(reference)");
        NumericAssert.Close(distance.Normed, testCase.Expected.WassersteinNormed, "normed wasserstein_distance");
    }

    [Fact]
    public void Wasserstein_of_identical_samples_is_zero()
    {
        var reference = new[] { 3.0, -1.5, 2.0, 2.0, 8.25 };
        var shuffled = new[] { 2.0, 8.25, -1.5, 2.0, 3.0 };

        WassersteinDistance.Between(reference, shuffled).Value.Should().Be(0);
    }

    [Fact]
    public void Shifting_every_value_moves_the_distance_by_the_shift()
    {
        var reference = new[] { 0.0, 1.0, 2.0, 3.0 };
        var shifted = new[] { 2.5, 3.5, 4.5, 5.5 };

        WassersteinDistance.Between(reference, shifted).Value.Should().BeApproximately(2.5, 1e-15);
    }

    [Fact]
    public void Distance_is_in_units_of_the_reference_population_standard_deviation()
    {
        // Population standard deviation of {0, 2} is 1, so the normed distance equals the distance.
        var distance = WassersteinDistance.Between(new[] { 0.0, 2.0 }, new[] { 3.0, 5.0 });

        distance.ReferenceStandardDeviation.Should().Be(1);
        distance.Normed.Should().Be(distance.Value);
        distance.Value.Should().Be(3);
    }

    [Fact]
    public void Constant_reference_is_normed_by_the_minimum_scale()
    {
        var distance = WassersteinDistance.Between(new[] { 4.0, 4.0, 4.0 }, new[] { 4.5 });

        distance.ReferenceStandardDeviation.Should().Be(0);
        distance.Normed.Should().BeApproximately(0.5 / WassersteinDistance.MinimumScale, 1e-9);
    }

    [Fact]
    public void Empty_reference_is_rejected_with_a_clear_message()
    {
        var act = () => WassersteinDistance.Between(ReadOnlySpan<double>.Empty, new[] { 1.0 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reference sample is empty*")
            .And.ParamName.Should().Be("reference");
    }

    [Fact]
    public void Empty_current_is_rejected_with_a_clear_message()
    {
        var act = () => WassersteinDistance.Between(new[] { 1.0 }, ReadOnlySpan<double>.Empty);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The current sample is empty*")
            .And.ParamName.Should().Be("current");
    }

    [Fact]
    public void Non_finite_current_value_is_rejected()
    {
        var act = () => WassersteinDistance.Between(new[] { 1.0 }, new[] { 2.0, double.PositiveInfinity });

        act.Should().Throw<ArgumentException>().WithMessage("The current value at index 1 is Infinity*");
    }
}
