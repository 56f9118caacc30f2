using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class TwoProportionZTestTests
{
    public static TheoryData<string> BinaryCases => DriftMethodsCaseFile.CountCaseNames(c => c.Expected.ZTest is not null);

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Statistic_and_p_value_match_the_statsmodels_formula(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);
        var expected = testCase.Expected.ZTest!; // BinaryCases keeps only cases with a z-test expectation.

        var test = TwoProportionZTest.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(test.Statistic, expected.Statistic, "z");
        NumericAssert.Close(test.PValue, expected.Pvalue, "two-sided p-value", 1e-9);
        NumericAssert.Close(test.ReferenceProportion, expected.ReferenceProportion, "reference proportion");
        NumericAssert.Close(test.CurrentProportion, expected.CurrentProportion, "current proportion");
    }

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Squared_statistic_is_the_chi_square_of_the_two_by_two_table(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);

        var z = TwoProportionZTest.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);
        var chiSquare = ChiSquareTest.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        (z.Statistic * z.Statistic).Should().BeApproximately(chiSquare.Statistic, 1e-9 * Math.Max(1, chiSquare.Statistic));
        z.PValue.Should().BeApproximately(chiSquare.PValue, 1e-9);
    }

    [Fact]
    public void Both_samples_wholly_in_one_category_give_no_evidence_of_a_change()
    {
        var test = TwoProportionZTest.FromCounts(new long[] { 50, 0 }, new long[] { 30, 0 });

        test.Statistic.Should().Be(0);
        test.PValue.Should().Be(1);
        test.ReferenceProportion.Should().Be(0);
    }

    [Fact]
    public void Statistic_is_positive_when_the_reference_has_the_larger_share()
    {
        TwoProportionZTest.FromCounts(new long[] { 40, 60 }, new long[] { 60, 40 }).Statistic.Should().BePositive();
    }

    [Fact]
    public void More_than_two_categories_are_rejected_with_a_clear_message()
    {
        var act = () => TwoProportionZTest.FromCounts(new long[] { 1, 2, 3 }, new long[] { 3, 2, 1 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The two-proportion z-test compares a binary column: expected two counts per sample, but got 3.*");
    }
}
