namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// The same-period-last-week baseline (a seasonal naive forecast): the next value is expected to be like the values one,
/// two, … seasons ago — the median of those the history holds, so with one season of history it is simply last week's
/// value, and with four it is the median of the last four same weekdays. The typical deviation is the robust spread
/// (<see cref="RobustScale"/>) of the season-over-season changes yₜ − yₜ₋ₛ in the history: how much a day usually differs
/// from the same day a season earlier.
/// </summary>
/// <remarks>
/// The history is a regular series, oldest first, whose next (unseen) point is the one judged; a missing or left-out
/// window is NaN, and is skipped both as a same-period value and in the changes.
/// </remarks>
public static class SamePeriodBaseline
{
    /// <summary>
    /// The expected next value of <paramref name="history"/> and its typical deviation, for a season of
    /// <paramref name="period"/> points; null when no same-period value is known or no change can be measured.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static BaselineEstimate? Of(ReadOnlySpan<double> history, int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        var same = SamePeriodValues(history, period);
        var changes = new List<double>();
        for (var t = period; t < history.Length; t++)
        {
            if (double.IsFinite(history[t]) && double.IsFinite(history[t - period]))
            {
                changes.Add(history[t] - history[t - period]);
            }
        }

        if (same.Length == 0 || changes.Count == 0)
        {
            return null;
        }

        var spread = RobustScale.Of(changes.ToArray());
        return new BaselineEstimate(RobustScale.Median(same), spread.Scale);
    }

    /// <summary>The known values one, two, … seasons before the next point, most recent first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static double[] SamePeriodValues(ReadOnlySpan<double> history, int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        var values = new List<double>();
        for (var t = history.Length - period; t >= 0; t -= period)
        {
            if (double.IsFinite(history[t]))
            {
                values.Add(history[t]);
            }
        }

        return [.. values];
    }
}
