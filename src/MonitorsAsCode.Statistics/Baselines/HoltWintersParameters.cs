namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// The smoothing weights of additive Holt–Winters, each in [0, 1]: how much one new value moves the level
/// (<paramref name="Level"/>, α), the trend (<paramref name="Trend"/>, β) and its season's offset
/// (<paramref name="Seasonal"/>, γ). Named as statsmodels names them: <c>smoothing_level</c>, <c>smoothing_trend</c>,
/// <c>smoothing_seasonal</c>.
/// </summary>
public readonly record struct HoltWintersParameters(double Level, double Trend, double Seasonal)
{
    /// <summary>
    /// The weights tried when none are given, each of 0.1, 0.2, …, 0.9 for α, β and γ (729 combinations); the one with the
    /// smallest sum of squared one-step errors wins, the first in (α, β, γ) order on a tie.
    /// </summary>
    public static IReadOnlyList<double> Grid { get; } = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
}
