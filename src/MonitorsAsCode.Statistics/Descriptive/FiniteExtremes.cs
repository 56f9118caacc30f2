using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MonitorsAsCode.Statistics.Descriptive;

/// <summary>
/// The smallest and largest of many doubles in one vectorised sweep, as a <see cref="Math.Min(double, double)"/> /
/// <see cref="Math.Max(double, double)"/> fold would find them, and whether all were finite. A scalar fold keeps
/// Math.Min's NaN and signed-zero rules value by value, which makes it several times slower than the sweep; here the
/// sweep uses the processor's min/max and only the sign of a zero extreme is settled afterwards.
/// </summary>
public static class FiniteExtremes
{
    /// <summary>
    /// The minimum and maximum of <paramref name="values"/> (not empty) and whether every value is finite. When one is
    /// not, the extremes are meaningless and the caller takes its own slower path.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static (double Minimum, double Maximum) Of(ReadOnlySpan<double> values, out bool allFinite)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }

        double minimum = values[0], maximum = values[0], poison = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            var low = Vector256.Create(minimum);
            var high = low;
            var poisons = Vector256<double>.Zero;
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var value = Vector256.LoadUnsafe(ref start, (nuint)i);
                low = Vector256.MinNative(low, value);
                high = Vector256.MaxNative(high, value);
                poisons += value - value; // 0 for a finite value, NaN for ±∞ and NaN, and a NaN stays
            }

            poison = Vector256.Sum(poisons);
            for (var lane = 0; lane < Vector256<double>.Count; lane++)
            {
                minimum = low[lane] < minimum ? low[lane] : minimum;
                maximum = high[lane] > maximum ? high[lane] : maximum;
            }
        }

        for (; i < values.Length; i++)
        {
            minimum = values[i] < minimum ? values[i] : minimum;
            maximum = values[i] > maximum ? values[i] : maximum;
            poison += values[i] - values[i];
        }

        allFinite = poison == 0;
        if (allFinite && minimum == 0)
        {
            minimum = Holds(values, NegativeZeroBits) ? -0.0 : 0.0; // Math.Min(−0, +0) is −0
        }

        if (allFinite && maximum == 0)
        {
            maximum = Holds(values, 0L) ? 0.0 : -0.0; // Math.Max(−0, +0) is +0
        }

        return (minimum, maximum);
    }

    private const long NegativeZeroBits = unchecked((long)0x8000_0000_0000_0000);

    private static bool Holds(ReadOnlySpan<double> values, long bits) => MemoryMarshal.Cast<double, long>(values).Contains(bits);
}
