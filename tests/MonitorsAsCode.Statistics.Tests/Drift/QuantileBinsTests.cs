using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class QuantileBinsTests
{
    public static TheoryData<string> NumericCases => DriftCaseFile.NumericCaseNames();

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Edges_are_exactly_numpys_unique_linear_quantiles(string name)
    {
        var testCase = DriftCaseFile.Instance.Numeric(name);

        var bins = QuantileBins.FromReference(testCase.Reference, testCase.Bins);

        bins.Edges.Should().Equal(testCase.Expected.Edges);
        bins.BinCount.Should().Be(testCase.Expected.Edges.Length + 1);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Counts_are_exactly_numpys_searchsorted_left_bincounts(string name)
    {
        var testCase = DriftCaseFile.Instance.Numeric(name);
        var bins = QuantileBins.FromReference(testCase.Reference, testCase.Bins);

        bins.Count(testCase.Reference).Should().Equal(testCase.Expected.ReferenceCounts);
        bins.Count(testCase.Current).Should().Equal(testCase.Expected.CurrentCounts);
    }

    [Fact]
    public void Default_bins_are_deciles()
    {
        var reference = new double[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };

        var bins = QuantileBins.FromReference(reference);

        bins.Edges.Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
        bins.BinCount.Should().Be(10);
    }

    [Fact]
    public void Value_on_an_edge_falls_in_the_lower_bin()
    {
        var bins = QuantileBins.FromReference(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });

        bins.BinOf(1.0).Should().Be(0);
        bins.BinOf(Math.BitIncrement(1.0)).Should().Be(1);
        bins.BinOf(9.0).Should().Be(8);
        bins.BinOf(Math.BitIncrement(9.0)).Should().Be(9);
    }

    [Fact]
    public void Values_outside_the_reference_range_fall_in_the_open_end_bins()
    {
        var bins = QuantileBins.FromReference(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });

        bins.BinOf(-1e300).Should().Be(0);
        bins.BinOf(1e300).Should().Be(9);
    }

    [Fact]
    public void Constant_reference_has_one_edge_and_two_bins()
    {
        var bins = QuantileBins.FromReference(new double[] { 5, 5, 5, 5 });

        bins.Edges.Should().Equal(5);
        bins.Count(new double[] { 4, 5, 5, 6 }).Should().Equal(3, 1);
    }

    [Fact]
    public void Reference_order_does_not_change_the_edges()
    {
        var reference = new double[] { 3.5, -1, 7, 0.25, 2, 9, 4.75, -3, 6, 1 };
        var reversed = reference.Reverse().ToArray();

        QuantileBins.FromReference(reversed, 4).Edges.Should().Equal(QuantileBins.FromReference(reference, 4).Edges);
    }

    [Fact]
    public void Counting_in_chunks_adds_up_to_counting_at_once()
    {
        var testCase = DriftCaseFile.Instance.Numeric("normal_vs_shifted_normal_medium");
        var bins = QuantileBins.FromReference(testCase.Reference, testCase.Bins);
        var counts = new long[bins.BinCount];

        bins.AddCounts(testCase.Current.AsSpan(0, 300), counts);
        bins.AddCounts(testCase.Current.AsSpan(300), counts);

        counts.Should().Equal(bins.Count(testCase.Current));
    }

    [Fact]
    public void Empty_reference_is_rejected_with_a_clear_message()
    {
        var act = () => QuantileBins.FromReference(ReadOnlySpan<double>.Empty);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reference sample is empty*")
            .And.ParamName.Should().Be("reference");
    }

    [Fact]
    public void Fewer_than_two_bins_are_rejected()
    {
        var act = () => QuantileBins.FromReference(new double[] { 1, 2 }, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("bins");
    }

    [Fact]
    public void Non_finite_reference_value_is_rejected_with_its_index()
    {
        var act = () => QuantileBins.FromReference(new[] { 1.0, double.NaN });

        act.Should().Throw<ArgumentException>().WithMessage("The reference value at index 1 is NaN*");
    }

    [Fact]
    public void Non_finite_value_to_count_is_rejected_in_invariant_culture()
    {
        var bins = QuantileBins.FromReference(new double[] { 1, 2, 3 });

        var act = () => bins.Count(new[] { 1.0, 2.0, double.NegativeInfinity });

        act.Should().Throw<ArgumentException>().WithMessage("The values value at index 2 is -Infinity*");
    }

    [Fact]
    public void Counts_of_the_wrong_length_are_rejected()
    {
        var bins = QuantileBins.FromReference(new double[] { 1, 2, 3 });

        var act = () => bins.AddCounts(new double[] { 1 }, new long[bins.BinCount + 1]);

        act.Should().Throw<ArgumentException>().And.ParamName.Should().Be("counts");
    }
}
