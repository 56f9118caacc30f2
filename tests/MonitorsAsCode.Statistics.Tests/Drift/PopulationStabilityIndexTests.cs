using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class PopulationStabilityIndexTests
{
    public static TheoryData<string> NumericCases => DriftCaseFile.NumericCaseNames();

    public static TheoryData<string> CategoricalCases => DriftCaseFile.CategoricalCaseNames();

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Psi_of_quantile_bins_matches_numpy(string name)
    {
        var expected = DriftCaseFile.Instance.Numeric(name).Expected;

        var psi = PopulationStabilityIndex.FromCounts(expected.ReferenceCounts, expected.CurrentCounts);

        NumericAssert.Close(psi.Value, expected.Psi, "psi");
        NumericAssert.AllClose(psi.BinContributions, expected.PsiContributions, "bin contribution");
    }

    [Theory]
    [MemberData(nameof(CategoricalCases))]
    public void Psi_of_categories_matches_numpy(string name)
    {
        var testCase = DriftCaseFile.Instance.Categorical(name);

        var psi = PopulationStabilityIndex.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(psi.Value, testCase.Expected.Psi, "psi");
        NumericAssert.AllClose(psi.BinContributions, testCase.Expected.PsiContributions, "category contribution");
    }

    [Fact]
    public void Psi_of_identical_samples_is_zero()
    {
        var counts = new long[] { 12, 0, 7, 31, 1 };

        var psi = PopulationStabilityIndex.FromCounts(counts, counts);

        psi.Value.Should().Be(0);
        psi.BinContributions.Should().AllSatisfy(c => c.Should().Be(0));
    }

    [Fact]
    public void Psi_of_equal_shares_from_different_totals_is_zero()
    {
        PopulationStabilityIndex.FromCounts(new long[] { 1, 2, 5 }, new long[] { 4, 8, 20 }).Value.Should().Be(0);
    }

    [Fact]
    public void Empty_bin_uses_the_replacement_share_without_renormalising()
    {
        var psi = PopulationStabilityIndex.FromCounts(new long[] { 1, 0 }, new long[] { 0, 1 });

        // Each bin moves between a share of 1 and 0.0001: 2 · 0.9999 · ln(1 / 0.0001).
        psi.Value.Should().BeApproximately(2 * 0.9999 * Math.Log(10_000), 1e-12);
        psi.BinContributions[0].Should().BeApproximately(psi.BinContributions[1], 1e-12);
    }

    [Fact]
    public void Bin_contributions_add_up_to_the_index()
    {
        var expected = DriftCaseFile.Instance.Numeric("twenty_bins").Expected;

        var psi = PopulationStabilityIndex.FromCounts(expected.ReferenceCounts, expected.CurrentCounts);

        psi.BinContributions.Sum().Should().BeApproximately(psi.Value, 1e-12);
        psi.BinContributions.Should().AllSatisfy(c => c.Should().BeGreaterThanOrEqualTo(0));
    }

    [Fact]
    public void Count_vectors_of_different_lengths_are_rejected()
    {
        var act = () => PopulationStabilityIndex.FromCounts(new long[] { 1, 2, 3 }, new long[] { 1, 2 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The count vectors must be aligned bin by bin, but the reference has 3 bins and the current 2.*");
    }

    [Fact]
    public void Empty_current_sample_is_rejected()
    {
        var act = () => PopulationStabilityIndex.FromCounts(new long[] { 1, 2 }, new long[] { 0, 0 });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The current sample is empty*")
            .And.ParamName.Should().Be("currentCounts");
    }

    [Fact]
    public void Empty_reference_sample_is_rejected()
    {
        var act = () => PopulationStabilityIndex.FromCounts(ReadOnlySpan<long>.Empty, ReadOnlySpan<long>.Empty);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The reference sample is empty*")
            .And.ParamName.Should().Be("referenceCounts");
    }

    [Fact]
    public void Negative_count_is_rejected()
    {
        var act = () => PopulationStabilityIndex.FromCounts(new long[] { 3, -1 }, new long[] { 1, 1 });

        act.Should().Throw<ArgumentException>().WithMessage("The reference count of bin 1 is negative (-1).*");
    }
}
