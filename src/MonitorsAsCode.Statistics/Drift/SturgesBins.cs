using System.Collections.Immutable;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// Equal-width bins over both samples together, as many as Sturges' rule gives, as numpy computes them:
/// <c>np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")</c> (numpy 1.24), and
/// counted as <c>np.histogram(sample, bins=edges)</c> counts. Evidently cuts numeric columns this way, so
/// drift measured on these bins can be compared with its reports.
/// </summary>
/// <remarks>
/// With N pooled values from min to max, the width is (max − min) / (log₂ N + 1) and the number of bins
/// k = ⌈(max − min) / width⌉ (one bin when all values are equal, and the range is then widened to
/// min − 0.5 … max + 0.5); the edges are <c>np.linspace(min, max, k + 1)</c>: eᵢ = i·step + min with
/// step = (max − min) / k, and the last edge exactly max. Bin i holds eᵢ ≤ x &lt; eᵢ₊₁, the last bin also
/// its right edge.
/// </remarks>
public sealed class SturgesBins
{
    private readonly double[] _edges;

    private SturgesBins(double[] edges)
    {
        _edges = edges;
        Edges = ImmutableArray.Create(edges);
    }

    /// <summary>All k + 1 edges, ascending, from the pooled minimum to the pooled maximum.</summary>
    public ImmutableArray<double> Edges { get; }

    /// <summary>The number of bins, k.</summary>
    public int BinCount => _edges.Length - 1;

    /// <summary>Cuts the bins over both samples, which need not be sorted.</summary>
    /// <exception cref="ArgumentException">Either sample is empty or holds a non-finite value.</exception>
    public static SturgesBins FromSamples(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");
        SampleArguments.ThrowIfEmptyOrNotFinite(current, nameof(current), "current");
        var minimum = double.PositiveInfinity;
        var maximum = double.NegativeInfinity;
        foreach (var value in reference)
        {
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
        }

        foreach (var value in current)
        {
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
        }

        var size = reference.Length + (double)current.Length;
        var width = (maximum - minimum) / (Math.Log2(size) + 1.0);
        double first = minimum, last = maximum;
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        var bins = width != 0 ? (int)Math.Ceiling((last - first) / width) : 1;
        var edges = new double[bins + 1];
        var step = (last - first) / bins;
        for (var i = 0; i < bins; i++)
        {
            edges[i] = (i * step) + first;
        }

        edges[bins] = last;
        return new SturgesBins(edges);
    }

    /// <summary>The bin holding <paramref name="value"/>: the i with eᵢ ≤ value &lt; eᵢ₊₁, the last bin closed; values outside the edges go to the nearest end bin.</summary>
    public int BinOf(double value)
    {
        // The number of inner edges at or below the value (np.searchsorted(inner, value, side='right')).
        var low = 1;
        var high = _edges.Length - 1;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (_edges[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }

    /// <summary>Counts <paramref name="values"/> into a new array of <see cref="BinCount"/> counts.</summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public long[] Count(ReadOnlySpan<double> values)
    {
        var counts = new long[BinCount];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw SampleArguments.NotFinite(nameof(values), "values", i, values[i]);
            }

            counts[BinOf(values[i])]++;
        }

        return counts;
    }
}
