using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class AndersonDarlingTestTests
{
    public static TheoryData<string> DefinedCases =>
        DriftMethodsCaseFile.NumericCaseNames(c => c.Expected.AndersonDarling is not null);

    [Theory]
    [MemberData(nameof(DefinedCases))]
    public void Statistic_and_significance_level_match_scipy_anderson_ksamp(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Numeric(name);
        var expected = testCase.Expected.AndersonDarling!; // DefinedCases keeps only cases where scipy has a result.

        var test = AndersonDarlingTest.Between(testCase.Reference.Expand(), testCase.Current.Expand());

        NumericAssert.Close(test.Statistic, expected.Statistic, "anderson_ksamp statistic");
        NumericAssert.Close(test.PValue, expected.Pvalue, "anderson_ksamp significance level");
    }

    [Fact]
    public void Every_case_scipy_cannot_test_is_rejected()
    {
        var undefined = Array.FindAll(DriftMethodsCaseFile.Instance.NumericCases, c => c.Expected.AndersonDarling is null);

        undefined.Should().NotBeEmpty();
        foreach (var testCase in undefined)
        {
            var act = () => AndersonDarlingTest.Between(testCase.Reference.Expand(), testCase.Current.Expand());
            act.Should().Throw<ArgumentException>(testCase.Name);
        }
    }

    [Fact]
    public void Samples_alike_are_capped_at_the_largest_level()
    {
        var test = AndersonDarlingTest.Between(new[] { 1.0, 2.0, 3.0, 4.0, 5.0 }, new[] { 1.5, 2.5, 3.5, 4.5 });

        test.PValue.Should().Be(AndersonDarlingTest.LargestPValue);
        test.Statistic.Should().BeNegative();
    }

    [Fact]
    public void Samples_far_apart_are_floored_at_the_smallest_level()
    {
        var reference = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        var current = Enumerable.Range(100, 50).Select(i => (double)i).ToArray();

        AndersonDarlingTest.Between(reference, current).PValue.Should().Be(AndersonDarlingTest.SmallestPValue);
    }

    [Fact]
    public void A_single_value_everywhere_is_rejected_with_a_clear_message()
    {
        var act = () => AndersonDarlingTest.Between(new[] { 2.0, 2.0, 2.0 }, new[] { 2.0, 2.0 });

        act.Should().Throw<ArgumentException>().WithMessage("*at least two distinct values*");
    }

    [Fact]
    public void Fewer_than_four_values_in_all_are_rejected_with_a_clear_message()
    {
        var act = () => AndersonDarlingTest.Between(new[] { 1.0 }, new[] { 2.0, 3.0 });

        act.Should().Throw<ArgumentException>().WithMessage("*at least four values*");
    }
}
