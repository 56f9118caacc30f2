using MonitorsAsCode.Engine.Drift;

namespace MonitorsAsCode.Engine.Tests.Drift;

/// <summary>
/// <see cref="BinCounts.UpperClosed"/> against the definition it implements, counted one value at a time here: a value's
/// bin is the number of edges strictly below it.
/// </summary>
public sealed class BinCountsTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 0, 3 },
        { 1, 1 },
        { 3, 9 },
        { 7, 4 },
        { 1000, 9 },
        { 1003, 16 },
        { 999, 17 },
        { 4097, 5 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_value_lands_in_the_bin_numbered_by_the_edges_below_it(int length, int edgeCount)
    {
        var random = new Random(length * 31 + edgeCount);

        // Values on a coarse grid, so many fall exactly on an edge and the closed side of each bin is tested.
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = random.Next(-40, 41) / 4.0;
        }

        var edges = Enumerable.Range(0, edgeCount).Select(k => -8 + (16.0 * k / Math.Max(1, edgeCount - 1))).Select(e => Math.Round(e * 4) / 4).Distinct().ToArray();

        BinCounts.UpperClosed(values, edges).Should().Equal(Naive(values, edges));
    }

    [Fact]
    public void Edges_out_of_order_are_counted_by_the_same_definition()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        double[] edges = [5, 2, 7];

        BinCounts.UpperClosed(values, edges).Should().Equal(Naive(values, edges));
    }

    [Fact]
    public void Infinite_values_fall_in_the_outer_bins()
    {
        double[] values = [double.NegativeInfinity, 0, 1, 2, double.PositiveInfinity, 5, 6, 7, 8];
        double[] edges = [1, 2];

        BinCounts.UpperClosed(values, edges).Should().Equal(3, 1, 5);
    }

    private static long[] Naive(double[] values, double[] edges)
    {
        var counts = new long[edges.Length + 1];
        foreach (var value in values)
        {
            counts[edges.Count(edge => edge < value)]++;
        }

        return counts;
    }
}
