using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MonitorsAsCode.Statistics.Drift;

/// <summary>The argument checks shared by the drift kernels, with the messages they throw.</summary>
internal static class SampleArguments
{
    public static void ThrowIfEmptyOrNotFinite(ReadOnlySpan<double> sample, string parameterName, string description)
    {
        if (sample.IsEmpty)
        {
            throw new ArgumentException($"The {description} sample is empty; at least one value is needed.", parameterName);
        }

        if (AllFinite(sample))
        {
            return;
        }

        for (var i = 0; i < sample.Length; i++)
        {
            if (!double.IsFinite(sample[i]))
            {
                throw NotFinite(parameterName, description, i, sample[i]);
            }
        }
    }

    /// <summary>
    /// Whether every value is finite, in a vector sweep: x − x is 0 for a finite x and NaN for ±∞ and NaN, and a
    /// NaN once in the running sum stays there. Drift kernels check millions of values on every call.
    /// </summary>
    private static bool AllFinite(ReadOnlySpan<double> sample)
    {
        var i = 0;
        var poison = 0.0;
        if (Vector256.IsHardwareAccelerated && sample.Length >= Vector256<double>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(sample);
            var sum = Vector256<double>.Zero;
            for (; i <= sample.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var value = Vector256.LoadUnsafe(ref start, (nuint)i);
                sum += value - value;
            }

            poison = Vector256.Sum(sum);
        }

        for (; i < sample.Length; i++)
        {
            poison += sample[i] - sample[i];
        }

        return poison == 0;
    }

    public static ArgumentException NotFinite(string parameterName, string description, int index, double value) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {description} value at index {index} is {value}; only finite values can be measured (remove nulls and non-finite values first)."),
            parameterName);

    /// <summary>Checks two aligned count vectors and returns their totals.</summary>
    public static (long ReferenceTotal, long CurrentTotal) TotalsOfAlignedCounts(
        ReadOnlySpan<long> referenceCounts,
        ReadOnlySpan<long> currentCounts)
    {
        if (referenceCounts.Length != currentCounts.Length)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The count vectors must be aligned bin by bin, but the reference has {referenceCounts.Length} bins and the current {currentCounts.Length}."),
                nameof(currentCounts));
        }

        var referenceTotal = Total(referenceCounts, nameof(referenceCounts), "reference");
        var currentTotal = Total(currentCounts, nameof(currentCounts), "current");
        return (referenceTotal, currentTotal);
    }

    private static long Total(ReadOnlySpan<long> counts, string parameterName, string description)
    {
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The {description} count of bin {i} is negative ({counts[i]})."),
                    parameterName);
            }

            total = checked(total + counts[i]);
        }

        if (total == 0)
        {
            throw new ArgumentException($"The {description} sample is empty: its counts add up to zero.", parameterName);
        }

        return total;
    }
}
