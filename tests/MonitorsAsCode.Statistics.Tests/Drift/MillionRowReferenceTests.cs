using System.Collections.Concurrent;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

/// <summary>
/// Every drift method on samples of 10^6 rows against numpy and scipy. The samples are regenerated from the
/// seeded specs in <c>million_row_cases.json</c> (see <see cref="SeededSample"/>); only the specs and the
/// reference values are committed.
/// </summary>
/// <remarks>
/// Tolerances, relative to the reference value (absolute 1e-12 where it is exactly 0):
/// <list type="bullet">
/// <item>the samples themselves, the quantile edges and every bin or category count: exact, since they are
/// integer arithmetic or numpy-exact selection, and any difference would be a bug rather than rounding;</item>
/// <item><see cref="Rounding"/> (1e-12) for values computed in a few operations from exact counts (the KS
/// statistic, total variation, L∞) and for the Cramér–von Mises statistic against its exact fraction, since
/// it is summed in integers and rounded once;</item>
/// <item>the sample means within 1e-9 of the sample's largest magnitude: a check of the generator only, summed
/// in a different order than numpy's;</item>
/// <item><see cref="Summation"/> (1e-9) for sums over 10^6 terms, whose order differs from numpy's pairwise
/// summation (statistics of Anderson–Darling, Cramér–von Mises, χ², z; the energy and Wasserstein integrals,
/// the standard deviation, PSI, KL, Jensen–Shannon, Hellinger): sequential summation of 2·10^6 terms can lose
/// about n·ε ≈ 2·10^-10 of the value;</item>
/// <item><see cref="PValue"/> (1e-9 relative, 1e-12 absolute) for p-values, which go through the same
/// distribution functions as scipy's (<c>kstwo</c>, the Cramér–von Mises series, the χ² and normal tails),
/// so they inherit the statistic's error and little more — far inside the max(1e-4, 2% of p).</item>
/// </list>
/// </remarks>
public sealed class MillionRowReferenceTests
{
    private const double Rounding = 1e-12;
    private const double Summation = 1e-9;
    private const double PValue = 1e-9;
    private const double PValueAtZero = 1e-12;

    private static readonly ConcurrentDictionary<(string Case, bool Reference), double[]> Samples = new();

    public static TheoryData<string> NumericCases => MillionRowCaseFile.NumericCaseNames();

    public static TheoryData<string> CategoricalCases => MillionRowCaseFile.CategoricalCaseNames();

    [Fact]
    public void The_reference_values_say_how_they_were_generated()
    {
        MillionRowCaseFile.Instance.GeneratedBy.Should().StartWith("/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_million_row_cases.py").And.Contain("scipy");
    }

    [Fact]
    public void The_generator_is_splitmix64()
    {
        // The first output of Vigna's splitmix64.c from state 0 is 0xE220A8397B1DCDAF.
        ulong state = 0;

        SeededSample.Uniform53(ref state).Should().Be(0xE220A8397B1DCDAFUL >> 11);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void The_samples_are_the_ones_numpy_drew(string name)
    {
        var testCase = MillionRowCaseFile.Instance.Numeric(name);

        ShouldMatch(Sample(testCase, reference: true), testCase.Expected.ReferenceSummary, "reference");
        ShouldMatch(Sample(testCase, reference: false), testCase.Expected.CurrentSummary, "current");
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Kolmogorov_Smirnov_matches_ks_2samp(string name)
    {
        var (testCase, reference, current) = Load(name);

        var test = KolmogorovSmirnovTest.Between(reference, current);

        NumericAssert.Close(test.Statistic, testCase.Expected.Ks.Statistic, "ks_2samp statistic", Rounding);
        NumericAssert.CloseWithin(test.PValue, testCase.Expected.Ks.Pvalue, "ks_2samp p-value", PValueAtZero, PValue);
        test.IsExact.Should().BeFalse("ks_2samp is asymptotic beyond 10,000 values a side");
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Anderson_Darling_matches_anderson_ksamp(string name)
    {
        var (testCase, reference, current) = Load(name);

        var test = AndersonDarlingTest.Between(reference, current);

        NumericAssert.Close(test.Statistic, testCase.Expected.AndersonDarling.Statistic, "anderson_ksamp statistic", Summation);
        NumericAssert.Close(test.PValue, testCase.Expected.AndersonDarling.Pvalue, "anderson_ksamp significance level", Summation);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Cramer_von_Mises_matches_cramervonmises_2samp(string name)
    {
        var (testCase, reference, current) = Load(name);

        var test = CramerVonMisesTest.Between(reference, current);

        NumericAssert.Close(test.Statistic, testCase.Expected.CramerVonMisesExactStatistic, "the statistic as an exact fraction", Rounding);
        NumericAssert.Close(test.Statistic, testCase.Expected.CramerVonMises.Statistic, "cramervonmises_2samp statistic", Summation);
        NumericAssert.CloseWithin(test.PValue, testCase.Expected.CramerVonMises.Pvalue, "cramervonmises_2samp p-value", PValueAtZero, PValue);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Energy_distance_matches_scipy(string name)
    {
        var (testCase, reference, current) = Load(name);

        var distance = EnergyDistance.Between(reference, current);

        NumericAssert.Close(distance.Value, testCase.Expected.Energy, "energy_distance", Summation);
        NumericAssert.Close(distance.ReferenceStandardDeviation, testCase.Expected.ReferenceStd, "np.std(reference)", Summation);
        NumericAssert.Close(distance.Normed, testCase.Expected.EnergyNormed, "energy_distance / sqrt(std)", Summation);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Wasserstein_distance_matches_scipy(string name)
    {
        var (testCase, reference, current) = Load(name);

        var distance = WassersteinDistance.Between(reference, current);

        NumericAssert.Close(distance.Value, testCase.Expected.Wasserstein, "wasserstein_distance", Summation);
        NumericAssert.Close(distance.Normed, testCase.Expected.WassersteinNormed, "wasserstein_distance / std", Summation);
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Decile_bins_and_every_binned_method_match_numpy_and_scipy(string name)
    {
        var (testCase, reference, current) = Load(name);
        var expected = testCase.Expected;

        var bins = QuantileBins.FromReference(reference);
        var referenceCounts = bins.Count(reference);
        var currentCounts = bins.Count(current);

        bins.Edges.Should().Equal(expected.Edges, "np.unique(np.quantile(reference, k / 10)), bit for bit");
        LinearQuantiles.Of(reference, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]).Distinct().Should().Equal(expected.Edges, "selection finds the edges a full sort does");
        referenceCounts.Should().Equal(expected.ReferenceCounts);
        currentCounts.Should().Equal(expected.CurrentCounts);
        ShouldMatch(referenceCounts, currentCounts, expected.Binned);
    }

    [Theory]
    [MemberData(nameof(CategoricalCases))]
    public void Every_categorical_method_matches_numpy_and_scipy(string name)
    {
        var testCase = MillionRowCaseFile.Instance.Categorical(name);
        var expected = testCase.Expected;
        var levels = expected.ReferenceCounts.Length;

        var referenceCounts = SeededSample.Counts(testCase.Reference, levels);
        var currentCounts = SeededSample.Counts(testCase.Current, levels);

        referenceCounts.Should().Equal(expected.ReferenceCounts, "the generator counts the rows numpy drew");
        currentCounts.Should().Equal(expected.CurrentCounts);
        referenceCounts.Sum().Should().Be(1_000_000);
        ShouldMatch(referenceCounts, currentCounts, new MillionRowCaseFile.CountExpectation(
            expected.Psi, expected.Kl, expected.JensenShannon, expected.Hellinger, expected.TotalVariation, expected.LInfinity, expected.ChiSquare));
        if (expected.ZTest is { } z)
        {
            var test = TwoProportionZTest.FromCounts(referenceCounts, currentCounts);
            NumericAssert.Close(test.Statistic, z.Statistic, "z", Summation);
            NumericAssert.CloseWithin(test.PValue, z.Pvalue, "two-sided p-value", PValueAtZero, PValue);
        }
    }

    private static void ShouldMatch(long[] referenceCounts, long[] currentCounts, MillionRowCaseFile.CountExpectation expected)
    {
        NumericAssert.Close(PopulationStabilityIndex.FromCounts(referenceCounts, currentCounts).Value, expected.Psi, "psi", Summation);
        NumericAssert.Close(KullbackLeiblerDivergence.FromCounts(referenceCounts, currentCounts), expected.Kl, "kl", Summation);
        NumericAssert.Close(JensenShannonDistance.FromCounts(referenceCounts, currentCounts), expected.JensenShannon, "jensenshannon", Summation);
        NumericAssert.Close(HellingerDistance.FromCounts(referenceCounts, currentCounts), expected.Hellinger, "hellinger", Summation);
        NumericAssert.Close(TotalVariationDistance.FromCounts(referenceCounts, currentCounts), expected.TotalVariation, "total variation", Rounding);
        NumericAssert.Close(LInfinityDistance.FromCounts(referenceCounts, currentCounts), expected.LInfinity, "l-infinity", Rounding);
        var chi = ChiSquareTest.FromCounts(referenceCounts, currentCounts);
        NumericAssert.Close(chi.Statistic, expected.ChiSquare.Statistic, "chi2_contingency statistic", Summation);
        chi.DegreesOfFreedom.Should().Be(expected.ChiSquare.Dof);
        NumericAssert.CloseWithin(chi.PValue, expected.ChiSquare.Pvalue, "chi2_contingency p-value", PValueAtZero, PValue);
    }

    private static void ShouldMatch(double[] sample, MillionRowCaseFile.Summary expected, string side)
    {
        sample.Should().HaveCount(expected.Count, "the {0} sample's length", side);
        sample.Take(expected.Head.Length).Should().Equal(expected.Head, "the generator reproduces numpy's first {0} values bit for bit", side);
        sample.Min().Should().Be(expected.Min);
        sample.Max().Should().Be(expected.Max);
        var magnitude = Math.Max(Math.Abs(expected.Min), Math.Abs(expected.Max));
        NumericAssert.CloseWithin(sample.Average(), expected.Mean, side + " mean", Summation * magnitude, Rounding);
    }

    private static (MillionRowCaseFile.NumericCase Case, double[] Reference, double[] Current) Load(string name)
    {
        var testCase = MillionRowCaseFile.Instance.Numeric(name);
        return (testCase, Sample(testCase, reference: true), Sample(testCase, reference: false));
    }

    private static double[] Sample(MillionRowCaseFile.NumericCase testCase, bool reference) =>
        Samples.GetOrAdd((testCase.Name, reference), key => SeededSample.Values(key.Reference ? testCase.Reference : testCase.Current));
}
