namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// An additive Holt–Winters model run over a history: the one-step-ahead value it expected at each point
/// (<see cref="Fitted"/>, NaN where the history had no value), the forecast of the next point, the sum of squared
/// one-step errors over the known points, and the weights and initial state used.
/// </summary>
public sealed record HoltWintersFit(
    HoltWintersParameters Parameters,
    double InitialLevel,
    double InitialTrend,
    IReadOnlyList<double> InitialSeasonal,
    IReadOnlyList<double> Fitted,
    double Forecast,
    double SumOfSquaredErrors)
{
    /// <summary>The one-step errors yₜ − ŷₜ at the known points, oldest first.</summary>
    public IReadOnlyList<double> Residuals(ReadOnlySpan<double> history)
    {
        var residuals = new List<double>();
        for (var t = 0; t < history.Length && t < Fitted.Count; t++)
        {
            if (double.IsFinite(history[t]))
            {
                residuals.Add(history[t] - Fitted[t]);
            }
        }

        return residuals;
    }
}
