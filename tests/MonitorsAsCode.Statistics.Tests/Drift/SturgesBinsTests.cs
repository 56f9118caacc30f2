using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

public sealed class SturgesBinsTests
{
    [Theory]
    [MemberData(nameof(BinningCaseFile.SturgesCaseNames), MemberType = typeof(BinningCaseFile))]
    public void Edges_equal_numpys_sturges_bin_edges_of_both_samples(string name)
    {
        var testCase = BinningCaseFile.Instance.Sturges(name);

        var bins = SturgesBins.FromSamples(testCase.Reference.Expand(), testCase.Current.Expand());

        bins.Edges.Should().Equal(testCase.Edges);
        bins.BinCount.Should().Be(testCase.Edges.Length - 1);
    }

    [Theory]
    [MemberData(nameof(BinningCaseFile.SturgesCaseNames), MemberType = typeof(BinningCaseFile))]
    public void Counts_equal_numpys_histogram_of_each_sample(string name)
    {
        var testCase = BinningCaseFile.Instance.Sturges(name);
        var reference = testCase.Reference.Expand();
        var current = testCase.Current.Expand();

        var bins = SturgesBins.FromSamples(reference, current);

        bins.Count(reference).Should().Equal(testCase.ReferenceCounts);
        bins.Count(current).Should().Equal(testCase.CurrentCounts);
    }

    [Fact]
    public void A_value_on_an_inner_edge_falls_in_the_upper_bin_and_the_maximum_in_the_last()
    {
        // Eight values from 0 to 8: log2(8) + 1 = 4 bins of width 2.
        var bins = SturgesBins.FromSamples([0.0, 1.0, 2.0, 3.0], [5.0, 6.0, 7.0, 8.0]);

        bins.Edges.Should().Equal(0.0, 2.0, 4.0, 6.0, 8.0);
        bins.BinOf(2.0).Should().Be(1);
        bins.BinOf(8.0).Should().Be(3);
        bins.BinOf(0.0).Should().Be(0);
    }

    [Fact]
    public void Samples_of_one_value_get_one_bin_a_unit_wide()
    {
        var bins = SturgesBins.FromSamples([7.0, 7.0], [7.0]);

        bins.Edges.Should().Equal(6.5, 7.5);
        bins.Count([7.0, 7.0]).Should().Equal(2);
    }

    [Fact]
    public void Empty_and_non_finite_samples_are_rejected()
    {
        FluentActions.Invoking(() => SturgesBins.FromSamples([], [1.0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SturgesBins.FromSamples([1.0], [double.PositiveInfinity])).Should().Throw<ArgumentException>();
    }
}
