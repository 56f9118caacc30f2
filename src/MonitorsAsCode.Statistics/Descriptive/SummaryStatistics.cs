using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MonitorsAsCode.Statistics.Descriptive;

/// <summary>
/// A running summary of a numeric column — count, minimum, maximum, mean and sample standard
/// deviation — that can be fed value by value and merged with summaries of other chunks.
/// Values are added with Welford's update and summaries merged with Chan, Golub &amp; LeVeque's
/// parallel formula (M₂ = M₂,a + M₂,b + δ²·nₐ·n_b / n), so the result does not depend on the
/// chunking beyond rounding. Both run on values shifted by the first value added, so a column far
/// from zero (timestamps, ids around 10⁹) keeps the precision of its spread, not of its magnitude.
/// </summary>
/// <remarks>
/// Statistics of an empty summary are <see cref="double.NaN"/>; so are the variance and standard
/// deviation of a summary of fewer than two values (ddof = 1 has no value there, like
/// <c>np.std(x, ddof=1)</c>). Not thread-safe: give each thread its own summary and merge them.
/// </remarks>
public sealed class SummaryStatistics
{
    private long _count;

    // Welford's running mean is of (x − _shift); the shift is exact for values near it (Sterbenz).
    private double _shift;
    private double _mean;
    private double _sumOfSquaredDeviations;
    private double _minimum = double.NaN;
    private double _maximum = double.NaN;

    /// <summary>The number of values added.</summary>
    public long Count => _count;

    /// <summary>The smallest value, or NaN when empty.</summary>
    public double Minimum => _minimum;

    /// <summary>The largest value, or NaN when empty.</summary>
    public double Maximum => _maximum;

    /// <summary>The arithmetic mean, or NaN when empty.</summary>
    public double Mean => _count == 0 ? double.NaN : _shift + _mean;

    /// <summary>
    /// The sample variance Σ(x − x̄)² / (n − 1) (ddof = 1), or NaN when fewer than two values were added.
    /// </summary>
    public double Variance => _count < 2 ? double.NaN : _sumOfSquaredDeviations / (_count - 1);

    /// <summary>
    /// The sample standard deviation √(Σ(x − x̄)² / (n − 1)) (ddof = 1, <c>np.std(x, ddof=1)</c>),
    /// or NaN when fewer than two values were added.
    /// </summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Summarises <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static SummaryStatistics Of(ReadOnlySpan<double> values)
    {
        var summary = new SummaryStatistics();
        summary.AddRange(values);
        return summary;
    }

    /// <summary>Adds one value (Welford's update).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not finite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Only finite values can be summarised, but got {value}."),
                nameof(value));
        }

        if (_count == 0)
        {
            _shift = value;
            _minimum = value;
            _maximum = value;
        }
        else
        {
            _minimum = Math.Min(_minimum, value);
            _maximum = Math.Max(_maximum, value);
        }

        var shifted = value - _shift;
        _count++;
        var delta = shifted - _mean;
        _mean += delta / _count;
        _sumOfSquaredDeviations += delta * (shifted - _mean);
    }

    /// <summary>
    /// Adds <paramref name="values"/>: block by block, each summarised in two vectorised passes (the
    /// block's mean of values shifted by its first, then the squared deviations from that mean) and
    /// merged with <see cref="Merge(SummaryStatistics)"/>, which rounds no worse than adding them one by one.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public void AddRange(ReadOnlySpan<double> values) => AddBlocks(values, skipNonFinite: false);

    /// <summary>
    /// Adds the finite values of <paramref name="values"/> and leaves out NaN and ±∞ (a data column's
    /// summary of its finite values), as <see cref="AddRange"/> does, without a separate pass to find them.
    /// </summary>
    public void AddFiniteRange(ReadOnlySpan<double> values) => AddBlocks(values, skipNonFinite: true);

    private void AddBlocks(ReadOnlySpan<double> values, bool skipNonFinite)
    {
        const int Block = 4096;
        for (var start = 0; start < values.Length; start += Block)
        {
            var block = values.Slice(start, Math.Min(Block, values.Length - start));
            if (block.Length >= 2 * Vector<double>.Count && Vector.IsHardwareAccelerated && TryAddBlock(block))
            {
                continue;
            }

            // Short blocks, and blocks with a value that is not finite (which Add reports), go one by one.
            foreach (var value in block)
            {
                if (!skipNonFinite || double.IsFinite(value))
                {
                    Add(value);
                }
            }
        }
    }

    /// <summary>Merges the summary of <paramref name="block"/>; false, adding nothing, when a value or the sum is not finite.</summary>
    private bool TryAddBlock(ReadOnlySpan<double> block)
    {
        var shift = block[0];
        var width = Vector<double>.Count;
        var shiftVector = new Vector<double>(shift);
        var sum = Vector<double>.Zero;
        var min = new Vector<double>(shift);
        var max = min;
        var i = 0;
        ref var first = ref MemoryMarshal.GetReference(block);
        for (; i <= block.Length - width; i += width)
        {
            var value = Vector.LoadUnsafe(ref first, (nuint)i);
            sum += value - shiftVector;
            min = Vector.Min(min, value);
            max = Vector.Max(max, value);
        }

        var total = Vector.Sum(sum);
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (var lane = 0; lane < width; lane++)
        {
            low = Math.Min(low, min[lane]);
            high = Math.Max(high, max[lane]);
        }

        for (; i < block.Length; i++)
        {
            total += block[i] - shift;
            low = Math.Min(low, block[i]);
            high = Math.Max(high, block[i]);
        }

        // A NaN or infinity anywhere makes the sum non-finite; so may an overflow, which the slow path sorts out.
        if (!double.IsFinite(total) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return false;
        }

        var mean = total / block.Length;
        var meanVector = new Vector<double>(mean);
        var squares = Vector<double>.Zero;
        i = 0;
        for (; i <= block.Length - width; i += width)
        {
            var deviation = (Vector.LoadUnsafe(ref first, (nuint)i) - shiftVector) - meanVector;
            squares += deviation * deviation;
        }

        var m2 = Vector.Sum(squares);
        for (; i < block.Length; i++)
        {
            var deviation = (block[i] - shift) - mean;
            m2 += deviation * deviation;
        }

        if (!double.IsFinite(m2))
        {
            return false;
        }

        Merge(block.Length, shift, mean, m2, low, high);
        return true;
    }

    /// <summary>
    /// Folds <paramref name="other"/> into this summary, which then describes the values of both;
    /// <paramref name="other"/> is left unchanged.
    /// </summary>
    public void Merge(SummaryStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Merge(other._count, other._shift, other._mean, other._sumOfSquaredDeviations, other._minimum, other._maximum);
    }

    private void Merge(long otherCount, double otherShift, double otherMean, double otherSquaredDeviations, double otherMinimum, double otherMaximum)
    {
        if (otherCount == 0)
        {
            return;
        }

        if (_count == 0)
        {
            _count = otherCount;
            _shift = otherShift;
            _mean = otherMean;
            _sumOfSquaredDeviations = otherSquaredDeviations;
            _minimum = otherMinimum;
            _maximum = otherMaximum;
            return;
        }

        double countA = _count;
        double countB = otherCount;
        var count = countA + countB;
        var delta = (otherShift - _shift) + otherMean - _mean;
        _mean += delta * (countB / count);
        _sumOfSquaredDeviations += otherSquaredDeviations + (delta * delta * (countA * countB / count));
        _count += otherCount;
        _minimum = Math.Min(_minimum, otherMinimum);
        _maximum = Math.Max(_maximum, otherMaximum);
    }
}
