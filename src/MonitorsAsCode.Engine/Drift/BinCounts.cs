using System.Numerics;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>Counts values into bins cut at inner edges, the hot loop of binned drift on millions of rows.</summary>
internal static class BinCounts
{
    private const int LinearScanEdges = 16;

    // Edges compared per sweep over the values: each keeps one vector of running counts.
    private const int EdgesPerSweep = 4;

    /// <summary>
    /// Counts into the bins (−∞, e₁], (e₁, e₂], …, (eₖ, +∞): a value's bin is the number of edges strictly
    /// below it, as <see cref="Statistics.Drift.QuantileBins.BinOf(ReadOnlySpan{double}, double)"/> numbers them. <paramref name="values"/> are finite.
    /// </summary>
    public static long[] UpperClosed(ReadOnlySpan<double> values, ReadOnlySpan<double> edges)
    {
        if (Vector.IsHardwareAccelerated && edges.Length <= LinearScanEdges && IsStrictlyAscending(edges))
        {
            return ByVectorCounts(values, edges);
        }

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

    /// <summary>
    /// With ascending edges, bin i holds the values at most eᵢ₊₁ less those at most eᵢ: counting the values at or
    /// below each edge is a vector compare and subtract per value lane, with no per-value bin to scatter.
    /// </summary>
    private static long[] ByVectorCounts(ReadOnlySpan<double> values, ReadOnlySpan<double> edges)
    {
        var atOrBelow = new long[edges.Length];
        var lanes = Vector<double>.Count;
        var whole = values.Length - (values.Length % lanes);
        for (var first = 0; first < edges.Length; first += EdgesPerSweep)
        {
            var count = Math.Min(EdgesPerSweep, edges.Length - first);
            var e0 = new Vector<double>(edges[first]);
            var e1 = new Vector<double>(edges[first + Math.Min(1, count - 1)]);
            var e2 = new Vector<double>(edges[first + Math.Min(2, count - 1)]);
            var e3 = new Vector<double>(edges[first + Math.Min(3, count - 1)]);
            Vector<long> c0 = Vector<long>.Zero, c1 = Vector<long>.Zero, c2 = Vector<long>.Zero, c3 = Vector<long>.Zero;
            for (var i = 0; i < whole; i += lanes)
            {
                var v = new Vector<double>(values.Slice(i, lanes));

                // A true comparison is all ones, -1 as a long: subtracting it counts one.
                c0 -= Vector.LessThanOrEqual(v, e0);
                c1 -= Vector.LessThanOrEqual(v, e1);
                c2 -= Vector.LessThanOrEqual(v, e2);
                c3 -= Vector.LessThanOrEqual(v, e3);
            }

            Span<long> sums = [Vector.Sum(c0), Vector.Sum(c1), Vector.Sum(c2), Vector.Sum(c3)];
            for (var k = 0; k < count; k++)
            {
                var edge = edges[first + k];
                var sum = sums[k];
                for (var i = whole; i < values.Length; i++)
                {
                    sum += values[i] <= edge ? 1 : 0;
                }

                atOrBelow[first + k] = sum;
            }
        }

        var counts = new long[edges.Length + 1];
        var previous = 0L;
        for (var k = 0; k < edges.Length; k++)
        {
            counts[k] = atOrBelow[k] - previous;
            previous = atOrBelow[k];
        }

        counts[edges.Length] = values.Length - previous;
        return counts;
    }

    private static bool IsStrictlyAscending(ReadOnlySpan<double> edges)
    {
        for (var i = 0; i < edges.Length; i++)
        {
            if (!double.IsFinite(edges[i]) || (i > 0 && !(edges[i - 1] < edges[i])))
            {
                return false;
            }
        }

        return true;
    }
}
