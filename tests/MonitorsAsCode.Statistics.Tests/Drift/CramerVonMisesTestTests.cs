using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class CramerVonMisesTestTests
{
    public static TheoryData<string> DefinedCases =>
        DriftMethodsCaseFile.NumericCaseNames(c => c.Expected.CramerVonMises is not null);

    [Theory]
    [MemberData(nameof(DefinedCases))]
    public void Statistic_and_p_value_match_scipy_cramervonmises_2samp(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Numeric(name);
        var expected = testCase.Expected.CramerVonMises!; // DefinedCases keeps only cases where scipy has a result.

        var test = CramerVonMisesTest.Between(testCase.Reference.Expand(), testCase.Current.Expand());

        NumericAssert.Close(test.Statistic, expected.Statistic, "cramervonmises_2samp statistic", 1e-9);
        test.IsExact.Should().Be(expected.Exact);
        NumericAssert.CloseWithin(test.PValue, expected.Pvalue, "cramervonmises_2samp p-value", 1e-12, 1e-9);
    }

    [Fact]
    public void Every_case_with_a_single_value_on_one_side_is_rejected()
    {
        var undefined = Array.FindAll(DriftMethodsCaseFile.Instance.NumericCases, c => c.Expected.CramerVonMises is null);

        undefined.Should().NotBeEmpty();
        foreach (var testCase in undefined)
        {
            var act = () => CramerVonMisesTest.Between(testCase.Reference.Expand(), testCase.Current.Expand());
            act.Should().Throw<ArgumentException>(testCase.Name).WithMessage("*needs at least two on each side*");
        }
    }

    [Fact]
    public void Exact_p_value_of_the_most_extreme_ordering_counts_its_mirror_image_too()
    {
        // Of the C(4, 2) = 6 orderings, {1,2 | 3,4} and {3,4 | 1,2} give the largest statistic.
        var test = CramerVonMisesTest.Between(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 });

        test.IsExact.Should().BeTrue();
        test.PValue.Should().BeApproximately(2.0 / 6, 1e-15);
    }

    [Theory]
    [InlineData(0.46136, 0.95)]
    [InlineData(0.74346, 0.99)]
    [InlineData(1.16786, 0.999)]
    public void Limiting_distribution_reproduces_the_published_critical_values(double x, double level)
    {
        // Anderson & Darling (1952), table of the asymptotic Cramér-von Mises distribution.
        CramerVonMisesTest.LimitingDistribution(x).Should().BeApproximately(level, 1e-6);
    }
}
