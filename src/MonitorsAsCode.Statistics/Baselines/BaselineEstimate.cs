namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// What a baseline expects of the next value, and how far values usually stray from what is expected: the
/// robust z of a value is (value − <see cref="Expected"/>) / <see cref="Scale"/>.
/// </summary>
/// <param name="Expected">The value the history expects.</param>
/// <param name="Scale">The typical deviation, in the value's units (a scaled MAD); zero when the history never varied.</param>
public readonly record struct BaselineEstimate(double Expected, double Scale)
{
    /// <summary>
    /// How many typical deviations <paramref name="value"/> lies from <see cref="Expected"/>, signed (negative below).
    /// With a zero <see cref="Scale"/> (a history that never varied) a value equal to the expected one is 0 and any other
    /// value is ±∞: a flat history makes every change news.
    /// </summary>
    public double Deviation(double value)
    {
        var difference = value - Expected;
        if (Scale > 0)
        {
            return difference / Scale;
        }

        return difference == 0 ? 0.0 : difference > 0 ? double.PositiveInfinity : double.NegativeInfinity;
    }

    /// <summary>The band of values within <paramref name="k"/> typical deviations: [expected − k·scale, expected + k·scale].</summary>
    public (double Lower, double Upper) Band(double k) => (Expected - (k * Scale), Expected + (k * Scale));
}
