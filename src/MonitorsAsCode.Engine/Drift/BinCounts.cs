namespace MonitorsAsCode.Engine.Drift;

/// <summary>Counts values into bins cut at inner edges, the hot loop of binned drift on millions of rows.</summary>
internal static class BinCounts
{
    private const int LinearScanEdges = 16;

    /// <summary>
    /// Counts into the bins (−∞, e₁], (e₁, e₂], …, (eₖ, +∞): a value's bin is the number of edges strictly
    /// below it, as <see cref="Statistics.Drift.QuantileBins.BinOf(ReadOnlySpan{double}, double)"/> numbers them.
    /// </summary>
    public static long[] UpperClosed(ReadOnlySpan<double> values, ReadOnlySpan<double> edges)
    {
        var counts = new long[edges.Length + 1];
        if (edges.Length <= LinearScanEdges)
        {
            // A branch-free count of the edges below each value beats a binary search over a few edges.
            foreach (var value in values)
            {
                var bin = 0;
                foreach (var edge in edges)
                {
                    bin += edge < value ? 1 : 0;
                }

                counts[bin]++;
            }

            return counts;
        }

        foreach (var value in values)
        {
            counts[Statistics.Drift.QuantileBins.BinOf(edges, value)]++;
        }

        return counts;
    }
}
