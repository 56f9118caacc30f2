using System.Globalization;

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

        // One vector sweep (the extremes come with it at no cost); the slow loop below only names the first bad value.
        Descriptive.FiniteExtremes.Of(sample, out var allFinite);
        if (allFinite)
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
