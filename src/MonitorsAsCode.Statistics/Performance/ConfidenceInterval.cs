namespace MonitorsAsCode.Statistics.Performance;

/// <summary>A two-sided confidence interval of a metric, at <see cref="Level"/> (0.95 for 95%).</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="Level">The confidence level, in (0, 1).</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>The default confidence level of performance metrics.</summary>
    public const double DefaultLevel = 0.95;

    /// <summary>Whether <paramref name="value"/> lies within the bounds (inclusive).</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The two-sided standard normal quantile of <paramref name="level"/>: 1.959963984540054 for 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not within (0, 1).</exception>
    public static double NormalQuantile(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies strictly between 0 and 1.");
        }

        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }
}
