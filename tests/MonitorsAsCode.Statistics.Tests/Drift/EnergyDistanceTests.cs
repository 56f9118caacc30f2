using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class EnergyDistanceTests
{
    public static TheoryData<string> NumericCases => DriftMethodsCaseFile.NumericCaseNames();

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Distance_matches_scipy_and_normed_distance_matches_numpy_std(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Numeric(name);

        var distance = EnergyDistance.Between(testCase.Reference.Expand(), testCase.Current.Expand());

        NumericAssert.Close(distance.Value, testCase.Expected.Energy, "energy_distance");
        NumericAssert.Close(distance.ReferenceStandardDeviation, testCase.Expected.ReferenceStd, "np.std(reference)");
        NumericAssert.Close(distance.Normed, testCase.Expected.EnergyNormed, "normed energy_distance");
    }

    [Fact]
    public void Scaling_both_samples_by_c_scales_the_distance_by_root_c_and_leaves_the_normed_value()
    {
        var scaling = DriftMethodsCaseFile.Instance.EnergyScaling;
        var unscaled = EnergyDistance.Between(scaling.Reference, scaling.Current);

        foreach (var (factor, energy, normed) in scaling.Scalings)
        {
            var distance = EnergyDistance.Between(scaling.Reference.Select(x => x * factor).ToArray(), scaling.Current.Select(x => x * factor).ToArray());

            NumericAssert.Close(distance.Value, energy, $"energy_distance of both samples times {factor}");
            NumericAssert.Close(distance.Value, unscaled.Value * Math.Sqrt(factor), $"energy distance times √{factor}");
            NumericAssert.Close(distance.Normed, normed, $"normed energy distance, samples times {factor}");
            NumericAssert.Close(distance.Normed, unscaled.Normed, $"normed energy distance unchanged by a factor {factor}");
        }

        scaling.Scalings.Select(s => s.Factor).Should().Contain([1000.0, 0.01], "units changed both ways");
    }

    [Fact]
    public void Distance_equals_the_pairwise_definition()
    {
        var reference = new[] { 0.3, -1.2, 2.5, 0.3, 4.0 };
        var current = new[] { 1.0, 1.5, -0.5, 3.25 };

        // √(2·E|X − Y| − E|X − X′| − E|Y − Y′|), every pair counted.
        var distance = EnergyDistance.Between(reference, current);

        var expected = Math.Sqrt((2 * MeanAbsoluteDifference(reference, current))
            - MeanAbsoluteDifference(reference, reference) - MeanAbsoluteDifference(current, current));
        distance.Value.Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Identical_samples_are_at_distance_zero()
    {
        EnergyDistance.Between(new[] { 2.0, 1.0, 2.0 }, new[] { 2.0, 2.0, 1.0 }).Value.Should().Be(0);
    }

    [Fact]
    public void A_million_values_per_side_are_measured()
    {
        var random = new Random(7);
        var reference = new double[1_000_000];
        var current = new double[1_000_000];
        for (var i = 0; i < reference.Length; i++)
        {
            reference[i] = random.NextDouble();
            current[i] = random.NextDouble() + 0.01;
        }

        // For uniforms on [0, 1] and [δ, 1 + δ], ∫(F − G)² = δ², so E = δ·√2.
        EnergyDistance.Between(reference, current).Value.Should().BeApproximately(0.01 * Math.Sqrt(2), 2e-3);
    }

    [Fact]
    public void Constant_reference_is_normed_by_the_minimum_scale()
    {
        var distance = EnergyDistance.Between(new[] { 4.0, 4.0 }, new[] { 4.5 });

        distance.ReferenceStandardDeviation.Should().Be(0);
        distance.Normed.Should().BeApproximately(distance.Value / Math.Sqrt(EnergyDistance.MinimumScale), 1e-9);
    }

    [Fact]
    public void Empty_reference_is_rejected_with_a_clear_message()
    {
        var act = () => EnergyDistance.Between(ReadOnlySpan<double>.Empty, new[] { 1.0 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reference sample is empty*")
            .And.ParamName.Should().Be("reference");
    }

    private static double MeanAbsoluteDifference(double[] u, double[] v)
    {
        var sum = 0.0;
        foreach (var x in u)
        {
            foreach (var y in v)
            {
                sum += Math.Abs(x - y);
            }
        }

        return sum / (u.Length * v.Length);
    }
}
