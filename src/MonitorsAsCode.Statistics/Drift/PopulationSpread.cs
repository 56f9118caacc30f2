namespace MonitorsAsCode.Statistics.Drift;

/// <summary>The spread that the normed distances divide by.</summary>
internal static class PopulationSpread
{
    /// <summary>
    /// The population standard deviation (ddof = 0) in two passes, as <c>np.std</c> does: the mean,
    /// then the mean squared deviation from it.
    /// </summary>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        var mean = sum / values.Length;
        var squares = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var deviation = values[i] - mean;
            squares += deviation * deviation;
        }

        return Math.Sqrt(squares / values.Length);
    }
}
