namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The Wilson score interval of a proportion (Wilson 1927): with p̂ = k/n and z the two-sided normal quantile,
/// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), as
/// <c>statsmodels.stats.proportion.proportion_confint(k, n, alpha, method='wilson')</c>. Unlike the normal
/// approximation it stays inside [0, 1] and is not empty at 0 or n successes, which matters for small slices.
/// Counts may be weighted (fractional), as a bootstrap's resampled counts are.
/// </summary>
public static class WilsonInterval
{
    /// <summary>The interval of <paramref name="successes"/> out of <paramref name="trials"/> at <paramref name="level"/>.</summary>
    /// <exception cref="ArgumentException">There are no trials, or the successes are negative or more than the trials.</exception>
    public static ConfidenceInterval Of(double successes, double trials, double level = ConfidenceInterval.DefaultLevel)
    {
        if (!(trials > 0) || !(successes >= 0 && successes <= trials))
        {
            throw new ArgumentException("A proportion needs at least one trial and between 0 and that many successes.", nameof(successes));
        }

        var z = ConfidenceInterval.NormalQuantile(level);
        var z2 = z * z;
        var p = successes / trials;
        var denominator = 1 + (z2 / trials);
        var centre = (p + (z2 / (2 * trials))) / denominator;
        var halfWidth = z * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4 * trials * trials))) / denominator;
        return new ConfidenceInterval(centre - halfWidth, centre + halfWidth, level);
    }
}
