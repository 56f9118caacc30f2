using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class LInfinityDistanceTests
{
    public static TheoryData<string> CountCases => DriftMethodsCaseFile.CountCaseNames();

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Distance_matches_numpy(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);

        var distance = LInfinityDistance.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(distance, testCase.Expected.LInfinity, "l-infinity");
    }

    [Fact]
    public void Distance_is_the_largest_move_of_one_category()
    {
        LInfinityDistance.FromCounts(new long[] { 50, 30, 20 }, new long[] { 35, 35, 30 }).Should().BeApproximately(0.15, 1e-15);
    }

    [Fact]
    public void Category_only_in_current_counts_with_its_whole_share()
    {
        LInfinityDistance.FromCounts(new long[] { 10, 0 }, new long[] { 6, 4 }).Should().BeApproximately(0.4, 1e-15);
    }
}
