using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// A seeded percentile bootstrap (Efron &amp; Tibshirani 1993, §13.3): B resamples of the n rows drawn with replacement,
/// the statistic recomputed on each, and the interval between the (1 − level)/2 and (1 + level)/2 quantiles of the B
/// values (<c>numpy.quantile</c>'s linear rule). A resample is given to the statistic as weights (how often each row was
/// drawn), so a statistic that sorts sorts once. Row indices come from SplitMix64 (Steele, Lea &amp; Flood 2014) seeded
/// with <c>seed</c>: draw k of resample b is <c>next() mod n</c>, b and k in order, so the same seed gives the same
/// interval on every machine, and an independent script can redraw the same resamples.
/// </summary>
public static class PercentileBootstrap
{
    /// <summary>The default number of resamples.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 20261207;

    /// <summary>
    /// The interval of <paramref name="statistic"/> over <paramref name="rows"/> rows; resamples where it is NaN (a
    /// resample without a positive, say) are left out, and null is returned when more than half are.
    /// </summary>
    /// <exception cref="ArgumentException">There are no rows or fewer than two resamples.</exception>
    public static ConfidenceInterval? Interval(int rows, Func<double[], double> statistic, int resamples = DefaultResamples, double level = ConfidenceInterval.DefaultLevel, ulong seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        if (rows < 1 || resamples < 2)
        {
            throw new ArgumentException("A bootstrap needs at least one row and two resamples.", nameof(rows));
        }

        var values = Replicates(rows, statistic, resamples, seed);
        var defined = values.Where(v => !double.IsNaN(v)).ToArray();
        if (defined.Length * 2 < resamples || defined.Any(double.IsInfinity))
        {
            return null;
        }

        var tail = (1 - level) / 2;
        var bounds = LinearQuantiles.Of(defined, [tail, 1 - tail]);
        return new ConfidenceInterval(bounds[0], bounds[1], level);
    }

    /// <summary>The statistic on each of <paramref name="resamples"/> seeded resamples, in order.</summary>
    public static double[] Replicates(int rows, Func<double[], double> statistic, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var state = seed;
        var weights = new double[rows];
        var values = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            Array.Clear(weights);
            for (var k = 0; k < rows; k++)
            {
                weights[(int)(Next(ref state) % (ulong)rows)] += 1;
            }

            values[b] = statistic(weights);
        }

        return values;
    }

    /// <summary>SplitMix64's next output.</summary>
    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
