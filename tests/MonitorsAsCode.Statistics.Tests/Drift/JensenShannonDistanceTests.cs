using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class JensenShannonDistanceTests
{
    public static TheoryData<string> NumericCases => DriftCaseFile.NumericCaseNames();

    public static TheoryData<string> CategoricalCases => DriftCaseFile.CategoricalCaseNames();

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Distance_over_quantile_bins_matches_scipy(string name)
    {
        var expected = DriftCaseFile.Instance.Numeric(name).Expected;

        var distance = JensenShannonDistance.FromCounts(expected.ReferenceCounts, expected.CurrentCounts);

        NumericAssert.Close(distance, expected.JensenShannon, "jensenshannon");
    }

    [Theory]
    [MemberData(nameof(CategoricalCases))]
    public void Distance_over_categories_matches_scipy(string name)
    {
        var testCase = DriftCaseFile.Instance.Categorical(name);

        var distance = JensenShannonDistance.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(distance, testCase.Expected.JensenShannon, "jensenshannon");
    }

    [Fact]
    public void Js_of_identical_samples_is_zero()
    {
        var counts = new long[] { 5, 0, 9, 2 };

        JensenShannonDistance.FromCounts(counts, counts).Should().Be(0);
    }

    [Fact]
    public void Js_of_disjoint_supports_is_the_maximum_sqrt_ln2()
    {
        var distance = JensenShannonDistance.FromCounts(new long[] { 3, 7, 0, 0 }, new long[] { 0, 0, 1, 4 });

        distance.Should().BeApproximately(Math.Sqrt(Math.Log(2)), 1e-15);
        distance.Should().BeLessThanOrEqualTo(JensenShannonDistance.Maximum);
    }

    [Fact]
    public void Js_is_symmetric()
    {
        var reference = new long[] { 10, 20, 30, 0 };
        var current = new long[] { 25, 5, 15, 5 };

        JensenShannonDistance.FromCounts(reference, current)
            .Should().Be(JensenShannonDistance.FromCounts(current, reference));
    }

    [Fact]
    public void Count_vectors_of_different_lengths_are_rejected()
    {
        var act = () => JensenShannonDistance.FromCounts(new long[] { 1 }, new long[] { 1, 2 });

        act.Should().Throw<ArgumentException>().WithMessage("The count vectors must be aligned*");
    }

    [Fact]
    public void Empty_reference_sample_is_rejected()
    {
        var act = () => JensenShannonDistance.FromCounts(new long[] { 0, 0 }, new long[] { 1, 2 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reference sample is empty*")
            .And.ParamName.Should().Be("referenceCounts");
    }
}
