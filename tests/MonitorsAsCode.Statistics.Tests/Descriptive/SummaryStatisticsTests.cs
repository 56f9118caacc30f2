using MonitorsAsCode.Statistics.Descriptive;
using MonitorsAsCode.Statistics.Tests.Drift;

namespace MonitorsAsCode.Statistics.Tests.Descriptive;

[UseCulture("de-DE")]
public sealed class SummaryStatisticsTests
{
    public static TheoryData<string> SummaryCases => DriftCaseFile.SummaryCaseNames();

    [Theory]
    [MemberData(nameof(SummaryCases))]
    public void Summary_matches_numpy(string name)
    {
        var testCase = DriftCaseFile.Instance.Summary(name);

        var summary = SummaryStatistics.Of(testCase.Values);

        AssertMatches(summary, testCase.Expected, NumericAssert.RelativeTolerance);
    }

    [Theory]
    [MemberData(nameof(SummaryCases))]
    public void Merged_summaries_of_two_parts_match_numpy_over_the_whole_to_1e_12(string name)
    {
        var testCase = DriftCaseFile.Instance.Summary(name);
        var first = SummaryStatistics.Of(testCase.Values.AsSpan(0, testCase.MergeSplit));
        var second = SummaryStatistics.Of(testCase.Values.AsSpan(testCase.MergeSplit));

        first.Merge(second);

        // Chan's merge on shifted values keeps 1e-12 even for values around 10⁹ with a spread of 1.
        AssertMatches(first, testCase.Expected, 1e-12);
    }

    [Fact]
    public void Standard_deviation_of_a_single_value_is_NaN()
    {
        var summary = SummaryStatistics.Of(new[] { 42.0 });

        summary.Mean.Should().Be(42);
        summary.Variance.Should().Be(double.NaN);
        summary.StandardDeviation.Should().Be(double.NaN);
    }

    [Fact]
    public void Empty_summary_has_count_zero_and_NaN_statistics()
    {
        var summary = new SummaryStatistics();

        summary.Count.Should().Be(0);
        summary.Minimum.Should().Be(double.NaN);
        summary.Maximum.Should().Be(double.NaN);
        summary.Mean.Should().Be(double.NaN);
        summary.StandardDeviation.Should().Be(double.NaN);
    }

    [Fact]
    public void Merging_an_empty_summary_changes_nothing()
    {
        var summary = SummaryStatistics.Of(new[] { 1.0, 2.0, 4.0 });

        summary.Merge(new SummaryStatistics());

        summary.Count.Should().Be(3);
        summary.Mean.Should().Be(7.0 / 3);
        summary.Minimum.Should().Be(1);
        summary.Maximum.Should().Be(4);
    }

    [Fact]
    public void Merging_into_an_empty_summary_takes_the_other_and_leaves_it_unchanged()
    {
        var other = SummaryStatistics.Of(new[] { -1.0, 3.0 });
        var summary = new SummaryStatistics();

        summary.Merge(other);

        summary.Count.Should().Be(2);
        summary.Mean.Should().Be(1);
        summary.StandardDeviation.Should().BeApproximately(Math.Sqrt(8), 1e-15);
        other.Count.Should().Be(2);
    }

    [Fact]
    public void Adding_one_by_one_equals_merging_single_value_summaries()
    {
        var values = new[] { 0.5, 1.25, -3.0, 8.0, 2.0 };
        var merged = new SummaryStatistics();
        foreach (var value in values)
        {
            merged.Merge(SummaryStatistics.Of(new[] { value }));
        }

        var added = SummaryStatistics.Of(values);

        merged.Mean.Should().BeApproximately(added.Mean, 1e-15);
        merged.StandardDeviation.Should().BeApproximately(added.StandardDeviation, 1e-14);
    }

    [Fact]
    public void Non_finite_value_is_rejected()
    {
        var summary = new SummaryStatistics();

        var act = () => summary.Add(double.NaN);

        act.Should().Throw<ArgumentException>().WithMessage("Only finite values can be summarised, but got NaN.*");
        summary.Count.Should().Be(0);
    }

    [Fact]
    public void A_non_finite_value_deep_inside_a_long_span_is_rejected()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => (double)i).ToArray();
        values[5_003] = double.PositiveInfinity;

        var act = () => SummaryStatistics.Of(values);

        act.Should().Throw<ArgumentException>().WithMessage("*but got Infinity*");
    }

    [Fact]
    public void Adding_the_finite_values_skips_nan_and_infinities_wherever_they_are()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => 1e9 + i).ToArray();
        values[0] = double.NaN;
        values[4_100] = double.NegativeInfinity;
        values[9_999] = double.PositiveInfinity;
        var finite = values.Where(double.IsFinite).ToArray();

        var summary = new SummaryStatistics();
        summary.AddFiniteRange(values);

        summary.Count.Should().Be(9_997);
        summary.Minimum.Should().Be(finite.Min());
        summary.Maximum.Should().Be(finite.Max());
        summary.Mean.Should().Be(finite.Sum(v => v - 1e9) / finite.Length + 1e9);
    }

    [Fact]
    public void Long_spans_summarised_block_by_block_equal_the_exact_sums_of_integers()
    {
        // 0..9999 shifted to around 1e9: the exact mean and variance are known in closed form.
        var values = Enumerable.Range(0, 9_999).Select(i => 1e9 + i).ToArray();

        var summary = SummaryStatistics.Of(values);

        summary.Count.Should().Be(9_999);
        summary.Minimum.Should().Be(1e9);
        summary.Maximum.Should().Be(1e9 + 9_998);
        summary.Mean.Should().Be(1e9 + 4_999);
        NumericAssert.Close(summary.Variance, 9_999.0 * 10_000 / 12, "n(n+1)/12 for n + 1 consecutive integers", 1e-13);
    }

    private static void AssertMatches(SummaryStatistics summary, DriftCaseFile.SummaryExpectation expected, double relativeTolerance)
    {
        summary.Count.Should().Be(expected.Count);
        summary.Minimum.Should().Be(expected.Min);
        summary.Maximum.Should().Be(expected.Max);
        NumericAssert.Close(summary.Mean, expected.Mean, "np.mean", relativeTolerance);
        if (expected.Std is { } std)
        {
            NumericAssert.Close(summary.StandardDeviation, std, "np.std(ddof=1)", relativeTolerance);
        }
        else
        {
            summary.StandardDeviation.Should().Be(double.NaN);
        }
    }
}
