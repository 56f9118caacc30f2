using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

public sealed class LinearQuantilesTests
{
    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        BinningCaseFile.Instance.GeneratedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_binning_cases.py").And.Contain("numpy");
    }

    [Theory]
    [MemberData(nameof(BinningCaseFile.QuantileCaseNames), MemberType = typeof(BinningCaseFile))]
    public void Quantiles_equal_numpys_linear_quantiles_bit_for_bit(string name)
    {
        var testCase = BinningCaseFile.Instance.Quantiles(name);
        var values = testCase.Sample.Expand().ToArray();

        var quantiles = LinearQuantiles.Of(values, testCase.Levels);

        quantiles.Should().Equal(testCase.Expected);
    }

    [Theory]
    [MemberData(nameof(BinningCaseFile.QuantileCaseNames), MemberType = typeof(BinningCaseFile))]
    public void Selecting_leaves_the_values_as_they_were(string name)
    {
        var original = BinningCaseFile.Instance.Quantiles(name).Sample.Expand();
        var values = original.ToArray();

        LinearQuantiles.Of(values, [0.1, 0.5, 0.9]);

        values.Should().Equal(original, "a drift monitor passes a snapshot's own column, which must not move");
    }

    [Fact]
    public void Deciles_are_the_edges_quantile_bins_cut_at()
    {
        var values = BinningCaseFile.Instance.Quantiles("normal_1000").Sample.Expand();
        double[] deciles = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

        var quantiles = LinearQuantiles.Of(values.ToArray(), deciles);

        quantiles.Should().Equal(QuantileBins.FromReference(values).Edges);
    }

    [Theory]
    [InlineData("ties")]
    [InlineData("skewed")]
    [InlineData("one outlier")]
    [InlineData("huge range")]
    public void Large_samples_select_the_same_quantiles_as_a_full_sort(string shape)
    {
        var random = new Random(20261122);
        var values = Enumerable.Range(0, 50_000).Select(i => shape switch
        {
            "ties" => random.Next(7) * 0.5,
            "skewed" => Math.Exp(random.NextDouble() * 20),
            "one outlier" => i == 0 ? 1e12 : random.NextDouble(),
            _ => (random.NextDouble() - 0.5) * double.MaxValue * 1.8,
        }).ToArray();
        double[] deciles = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

        var passed = values.ToArray();

        var quantiles = LinearQuantiles.Of(passed, deciles);

        quantiles.Distinct().Should().Equal(QuantileBins.FromReference(values).Edges, "QuantileBins sorts the whole sample");
        passed.Should().Equal(values, "selection by buckets only reads the values");
    }

    [Fact]
    public void An_empty_sample_a_non_finite_value_and_a_level_outside_0_1_are_rejected()
    {
        FluentActions.Invoking(() => LinearQuantiles.Of(Array.Empty<double>(), [0.5])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LinearQuantiles.Of(new[] { 1.0, double.NaN }, [0.5])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => LinearQuantiles.Of(new[] { 1.0, 2.0 }, [1.5])).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 30_001)]
    [InlineData(double.NegativeInfinity, 49_999)]
    public void A_non_finite_value_in_a_large_sample_is_named_by_its_index(double bad, int index)
    {
        // Large samples are checked in the same vector sweep that finds their range, not value by value.
        var values = Enumerable.Range(0, 50_000).Select(i => (double)i).ToArray();
        values[index] = bad;

        FluentActions.Invoking(() => LinearQuantiles.Of(values, [0.5]))
            .Should().Throw<ArgumentException>().WithMessage($"The sample value at index {index} is *");
    }

    [Fact]
    public void A_sample_of_many_ties_is_selected_without_degrading()
    {
        var values = Enumerable.Repeat(2.0, 200_000).Concat(Enumerable.Repeat(1.0, 100_000)).ToArray();

        var quantiles = LinearQuantiles.Of(values, [0.2, 0.5]);

        NumericAssert.AllClose(quantiles, [1.0, 2.0], "quantiles of a two-valued sample");
    }
}
