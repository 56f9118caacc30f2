using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class KolmogorovSmirnovTestTests
{
    public static TheoryData<string> NumericCases => DriftMethodsCaseFile.NumericCaseNames();

    public static TheoryData<int> KolmogorovCaseIndices => Indices(DriftMethodsCaseFile.Instance.KolmogorovCases.Length);

    public static TheoryData<int> ExactCaseIndices => Indices(DriftMethodsCaseFile.Instance.ExactKolmogorovSmirnovCases.Length);

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Statistic_and_p_value_match_scipy_ks_2samp(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Numeric(name);
        var expected = testCase.Expected;

        var test = KolmogorovSmirnovTest.Between(testCase.Reference.Expand(), testCase.Current.Expand());

        NumericAssert.Close(test.Statistic, expected.KsStatistic, "ks_2samp statistic");
        test.IsExact.Should().Be(expected.KsExact);
        NumericAssert.CloseWithin(test.PValue, expected.KsPvalue, "ks_2samp p-value", 1e-12, 1e-9);
    }

    [Theory]
    [MemberData(nameof(ExactCaseIndices))]
    public void Exact_p_value_matches_scipy_for_any_snapped_statistic(int index)
    {
        var testCase = DriftMethodsCaseFile.Instance.ExactKolmogorovSmirnovCases[index];

        var p = KolmogorovSmirnovTest.ExactTwoSidedPValue(testCase.N1, testCase.N2, testCase.H);

        NumericAssert.CloseWithin(p, testCase.Pvalue, $"exact p-value for n1 = {testCase.N1}, n2 = {testCase.N2}, h = {testCase.H}", 1e-15, 1e-9);
    }

    [Theory]
    [MemberData(nameof(KolmogorovCaseIndices))]
    public void One_sample_distribution_matches_scipy_kstwo_sf(int index)
    {
        var testCase = DriftMethodsCaseFile.Instance.KolmogorovCases[index];

        var sf = KolmogorovDistribution.TwoSidedSurvival(testCase.N, testCase.X);

        NumericAssert.CloseWithin(sf, testCase.Sf, $"kstwo.sf({testCase.X}, {testCase.N})", 1e-15, 1e-9);
    }

    [Fact]
    public void Identical_samples_have_statistic_zero_and_p_value_one()
    {
        var reference = new[] { 3.0, -1.5, 2.0, 2.0, 8.25 };
        var shuffled = new[] { 2.0, 8.25, -1.5, 2.0, 3.0 };

        var test = KolmogorovSmirnovTest.Between(reference, shuffled);

        test.Statistic.Should().Be(0);
        test.PValue.Should().Be(1);
    }

    [Fact]
    public void Samples_that_do_not_overlap_have_statistic_one()
    {
        var test = KolmogorovSmirnovTest.Between(new[] { 1.0, 2.0, 3.0 }, new[] { 4.0, 5.0, 6.0, 7.0 });

        test.Statistic.Should().Be(1);

        // All C(7, 3) = 35 orderings are equally likely; only the two fully separated ones reach D = 1.
        test.PValue.Should().BeApproximately(2.0 / 35, 1e-15);
        test.IsExact.Should().BeTrue();
    }

    [Fact]
    public void Larger_samples_than_the_exact_limit_get_the_asymptotic_p_value()
    {
        var reference = new double[KolmogorovSmirnovTest.ExactSizeLimit + 1];
        for (var i = 0; i < reference.Length; i++)
        {
            reference[i] = i;
        }

        var test = KolmogorovSmirnovTest.Between(reference, new[] { 0.5, 5000.5 });

        test.IsExact.Should().BeFalse();
        test.PValue.Should().BeInRange(0, 1);
    }

    [Fact]
    public void Empty_current_is_rejected_with_a_clear_message()
    {
        var act = () => KolmogorovSmirnovTest.Between(new[] { 1.0 }, ReadOnlySpan<double>.Empty);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The current sample is empty*")
            .And.ParamName.Should().Be("current");
    }

    [Fact]
    public void Non_finite_reference_value_is_rejected()
    {
        var act = () => KolmogorovSmirnovTest.Between(new[] { 1.0, double.NaN }, new[] { 2.0 });

        act.Should().Throw<ArgumentException>().WithMessage("The reference value at index 1 is NaN*");
    }

    private static TheoryData<int> Indices(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }
}
