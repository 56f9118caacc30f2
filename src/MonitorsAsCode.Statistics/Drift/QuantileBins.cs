using System.Collections.Immutable;
using System.Globalization;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// Bins for a numeric column, cut at the reference sample's quantiles so that each bin holds about
/// the same share of the reference. The edges are numpy's default (<c>method='linear'</c>, Hyndman
/// &amp; Fan type 7) quantiles at k/bins for k = 1..bins−1, with duplicate edges removed
/// (<c>np.unique(np.quantile(reference, np.arange(1, bins) / bins))</c>).
/// </summary>
/// <remarks>
/// With edges e₁ &lt; … &lt; eₖ the bins are (−∞, e₁], (e₁, e₂], …, (eₖ, +∞): a value equal to an
/// edge falls in the lower bin, as <c>np.searchsorted(edges, value, side='left')</c> numbers them.
/// </remarks>
public sealed class QuantileBins
{
    /// <summary>The number of bins asked for when none is given: ten, so the edges are the deciles.</summary>
    public const int DefaultBinCount = 10;

    private readonly double[] _edges;

    private QuantileBins(double[] edges)
    {
        _edges = edges;
        Edges = ImmutableArray.Create(edges);
    }

    /// <summary>The distinct inner edges, ascending; reported as evidence. Never empty.</summary>
    public ImmutableArray<double> Edges { get; }

    /// <summary>
    /// The number of bins, <c>Edges.Length + 1</c>. It is fewer than the number asked for when the
    /// reference has ties at its quantiles (a constant reference has one edge and two bins).
    /// </summary>
    public int BinCount => _edges.Length + 1;

    /// <summary>Cuts bins at the quantiles of <paramref name="reference"/>, which need not be sorted.</summary>
    /// <param name="reference">The reference values: finite, at least one.</param>
    /// <param name="bins">The number of quantile bins asked for, at least 2.</param>
    /// <exception cref="ArgumentException">The reference is empty or holds a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is less than 2.</exception>
    public static QuantileBins FromReference(ReadOnlySpan<double> reference, int bins = DefaultBinCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        SampleArguments.ThrowIfEmptyOrNotFinite(reference, nameof(reference), "reference");

        var sorted = reference.ToArray();
        Array.Sort(sorted);

        var quantiles = new double[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            quantiles[k - 1] = LinearQuantile(sorted, (double)k / bins);
        }

        // Linear interpolation is monotone in exact arithmetic; sorting guards against rounding.
        Array.Sort(quantiles);
        var distinct = 1;
        for (var i = 1; i < quantiles.Length; i++)
        {
            if (quantiles[i] != quantiles[distinct - 1])
            {
                quantiles[distinct++] = quantiles[i];
            }
        }

        return new QuantileBins(quantiles[..distinct]);
    }

    /// <summary>
    /// The index of the bin holding <paramref name="value"/>: the number of edges strictly below it
    /// (<c>np.searchsorted(edges, value, side='left')</c>), so a value on an edge goes to the lower bin.
    /// </summary>
    public int BinOf(double value) => BinOf(_edges, value);

    /// <summary>
    /// The index of the bin holding <paramref name="value"/> among bins cut at the ascending <paramref name="edges"/>:
    /// the number of edges strictly below it, found by binary search (<c>np.searchsorted(edges, value, side='left')</c>).
    /// Inlined, as binned drift calls it once per row.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int BinOf(ReadOnlySpan<double> edges, double value)
    {
        var low = 0;
        var high = edges.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (edges[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Counts <paramref name="values"/> into a new array of <see cref="BinCount"/> counts.</summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public long[] Count(ReadOnlySpan<double> values)
    {
        var counts = new long[BinCount];
        AddCounts(values, counts);
        return counts;
    }

    /// <summary>
    /// Adds the bin counts of <paramref name="values"/> to <paramref name="counts"/>, so a column read
    /// in chunks can be counted chunk by chunk without allocating.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="counts"/> does not have <see cref="BinCount"/> elements, or a value is not finite.
    /// </exception>
    public void AddCounts(ReadOnlySpan<double> values, Span<long> counts)
    {
        if (counts.Length != BinCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {BinCount} counts, one per bin, but got {counts.Length}."),
                nameof(counts));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (!double.IsFinite(value))
            {
                throw SampleArguments.NotFinite(nameof(values), "values", i, value);
            }

            counts[BinOf(value)]++;
        }
    }

    // numpy's 'linear' method: virtual index h = (n − 1)·q, then _lerp between its neighbours,
    // which interpolates from the nearer end (b − (b − a)(1 − t) once t ≥ 0.5) to match it bit for bit.
    private static double LinearQuantile(double[] sorted, double q)
    {
        var last = sorted.Length - 1;
        var virtualIndex = last * q;
        if (virtualIndex >= last)
        {
            return sorted[last];
        }

        var previous = Math.Floor(virtualIndex);
        var gamma = virtualIndex - previous;
        var a = sorted[(int)previous];
        var b = sorted[(int)previous + 1];
        var difference = b - a;
        return gamma >= 0.5 ? b - (difference * (1 - gamma)) : a + (difference * gamma);
    }
}
