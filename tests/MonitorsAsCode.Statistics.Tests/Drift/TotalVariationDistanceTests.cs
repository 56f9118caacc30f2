using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Tests.Drift;

[UseCulture("de-DE")]
public sealed class TotalVariationDistanceTests
{
    public static TheoryData<string> CountCases => DriftMethodsCaseFile.CountCaseNames();

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Distance_matches_numpy(string name)
    {
        var testCase = DriftMethodsCaseFile.Instance.Counts(name);

        var distance = TotalVariationDistance.FromCounts(testCase.ReferenceCounts, testCase.CurrentCounts);

        NumericAssert.Close(distance, testCase.Expected.TotalVariation, "total variation");
    }

    [Fact]
    public void Distance_is_the_share_that_moved()
    {
        // 10 % of the rows moved from the first category to the third.
        TotalVariationDistance.FromCounts(new long[] { 50, 30, 20 }, new long[] { 40, 30, 30 }).Should().BeApproximately(0.1, 1e-15);
    }

    [Fact]
    public void Samples_sharing_no_category_are_at_distance_one()
    {
        TotalVariationDistance.FromCounts(new long[] { 10, 5, 0 }, new long[] { 0, 0, 8 }).Should().Be(1);
    }

    [Fact]
    public void Negative_count_is_rejected()
    {
        var act = () => TotalVariationDistance.FromCounts(new long[] { 3, -1 }, new long[] { 1, 1 });

        act.Should().Throw<ArgumentException>().WithMessage("The reference count of bin 1 is negative (-1).*");
    }
}
