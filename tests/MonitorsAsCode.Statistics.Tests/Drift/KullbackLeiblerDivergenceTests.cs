using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class KullbackLeiblerDivergenceTests
{
    public static TheoryData<string> CountCases => DriftMethodsCaseFile.CountCaseNames();

    public static TheoryData<string> NumericCases => DriftMethodsCaseFile.NumericCaseNames();

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Divergence_of_categories_matches_numpy(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);

        var divergence = KullbackLeiblerDivergence.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(divergence, testCase.Expected.Kl, "kl");
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Divergence_of_quantile_bins_matches_numpy(string name)
    {
        var expected = DriftMethodsCaseFile.Instance.Numeric(name).Expected;

        var divergence = KullbackLeiblerDivergence.FromCounts(expected.ReferenceCounts, expected.CurrentCounts);

        NumericAssert.Close(divergence, expected.Kl, "kl");
    }

    [Fact]
    public void Empty_bin_uses_the_replacement_share_without_renormalising()
    {
        var divergence = KullbackLeiblerDivergence.FromCounts(new long[] { 1, 0 }, new long[] { 0, 1 });

        // 1·ln(1 / 0.0001) + 0.0001·ln(0.0001 / 1).
        divergence.Should().BeApproximately(0.9999 * Math.Log(10_000), 1e-12);
    }

    [Fact]
    public void Divergence_is_not_symmetric_and_adds_up_to_psi_both_ways()
    {
        long[] reference = [70, 20, 10], current = [50, 30, 20];

        var forward = KullbackLeiblerDivergence.FromCounts(reference, current);
        var backward = KullbackLeiblerDivergence.FromCounts(current, reference);

        forward.Should().NotBeApproximately(backward, 1e-3);
        (forward + backward).Should().BeApproximately(PopulationStabilityIndex.FromCounts(reference, current).Value, 1e-12);
    }

    [Fact]
    public void Count_vectors_of_different_lengths_are_rejected()
    {
        var act = () => KullbackLeiblerDivergence.FromCounts(new long[] { 1, 2, 3 }, new long[] { 1, 2 });

        act.Should().Throw<ArgumentException>().WithMessage("The count vectors must be aligned bin by bin*");
    }
}
