using System.Globalization;

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

    /// <summary>Adds each of <paramref name="values"/> in order.</summary>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public void AddRange(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Add(values[i]);
        }
    }

    /// <summary>
    /// Folds <paramref name="other"/> into this summary, which then describes the values of both;
    /// <paramref name="other"/> is left unchanged.
    /// </summary>
    public void Merge(SummaryStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._count == 0)
        {
            return;
        }

        if (_count == 0)
        {
            _count = other._count;
            _shift = other._shift;
            _mean = other._mean;
            _sumOfSquaredDeviations = other._sumOfSquaredDeviations;
            _minimum = other._minimum;
            _maximum = other._maximum;
            return;
        }

        double countA = _count;
        double countB = other._count;
        var count = countA + countB;
        var delta = (other._shift - _shift) + other._mean - _mean;
        _mean += delta * (countB / count);
        _sumOfSquaredDeviations += other._sumOfSquaredDeviations + (delta * delta * (countA * countB / count));
        _count += other._count;
        _minimum = Math.Min(_minimum, other._minimum);
        _maximum = Math.Max(_maximum, other._maximum);
    }
}
