using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class HellingerDistanceTests
{
    public static TheoryData<string> CountCases => DriftMethodsCaseFile.CountCaseNames();

    public static TheoryData<string> NumericCases => DriftMethodsCaseFile.NumericCaseNames();

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Distance_of_categories_matches_numpy(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);

        var distance = HellingerDistance.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(distance, testCase.Expected.Hellinger, "hellinger");
    }

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void Distance_of_quantile_bins_matches_numpy(string name)
    {
        var expected = DriftMethodsCaseFile.Instance.Numeric(name).Expected;

        var distance = HellingerDistance.FromCounts(expected.ReferenceCounts, expected.CurrentCounts);

        NumericAssert.Close(distance, expected.Hellinger, "hellinger");
    }

    [Fact]
    public void Equal_shares_are_at_distance_exactly_zero()
    {
        HellingerDistance.FromCounts(new long[] { 1, 2, 5 }, new long[] { 4, 8, 20 }).Should().Be(0);
    }

    [Fact]
    public void Samples_sharing_no_bin_are_at_distance_one()
    {
        HellingerDistance.FromCounts(new long[] { 3, 0, 0 }, new long[] { 0, 2, 9 }).Should().BeApproximately(1, 1e-15);
    }

    [Fact]
    public void Empty_current_sample_is_rejected()
    {
        var act = () => HellingerDistance.FromCounts(new long[] { 1, 2 }, new long[] { 0, 0 });

        act.Should().Throw<ArgumentException>().WithMessage("The current sample is empty*");
    }
}
