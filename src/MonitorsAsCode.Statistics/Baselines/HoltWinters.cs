namespace MonitorsAsCode.Statistics.Baselines;

/// <summary>
/// Additive Holt–Winters exponential smoothing (level, additive trend, additive season of period m), with the recursions
/// of statsmodels' <c>ExponentialSmoothing(trend='add', seasonal='add', seasonal_periods=m)</c>:
/// ℓₜ = α(yₜ − sₜ₋ₘ) + (1 − α)(ℓₜ₋₁ + bₜ₋₁), bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁,
/// sₜ = γ(yₜ − ℓₜ₋₁ − bₜ₋₁) + (1 − γ)sₜ₋ₘ, and the one-step forecast ŷₜ₊₁ = ℓₜ + bₜ + sₜ₊₁₋ₘ.
/// </summary>
/// <remarks>
/// <para>Initial state (statsmodels' <c>initialization_method='legacy-heuristic'</c>, Hyndman's simple one): the level is
/// the mean of the first season, the trend the mean change from the first season to the second divided by m, and each
/// season's offset its first value minus that level. So at least two seasons of history are needed.</para>
/// <para>A missing point (NaN) is bridged by the model's own forecast: updating with the value it expected leaves level,
/// trend and season as a pure forecast would, and the point counts in neither the errors nor their sum. Missing points in
/// the first two seasons are left out of the initial means (an offset with no value is 0).</para>
/// </remarks>
public static class HoltWinters
{
    /// <summary>The fewest points the model needs: two full seasons.</summary>
    public static int MinimumHistory(int period) => 2 * period;

    /// <summary>Runs the model with the given weights over <paramref name="history"/> (oldest first).</summary>
    /// <exception cref="ArgumentException">Fewer than two seasons of history, a period below 2, a weight outside [0, 1], or a season with no known value.</exception>
    public static HoltWintersFit Fit(ReadOnlySpan<double> history, int period, HoltWintersParameters parameters)
    {
        var (level, trend, seasonal) = InitialState(history, period);
        CheckWeight(parameters.Level, nameof(parameters.Level));
        CheckWeight(parameters.Trend, nameof(parameters.Trend));
        CheckWeight(parameters.Seasonal, nameof(parameters.Seasonal));
        return Run(history, period, parameters, level, trend, seasonal);
    }

    /// <summary>
    /// Runs the model with every weight combination of <see cref="HoltWintersParameters.Grid"/> and keeps the one with the
    /// smallest sum of squared one-step errors (the first in (α, β, γ) order on a tie).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two seasons of history, a period below 2, or a season with no known value.</exception>
    public static HoltWintersFit FitBest(ReadOnlySpan<double> history, int period)
    {
        var (level, trend, seasonal) = InitialState(history, period);
        HoltWintersFit? best = null;
        foreach (var alpha in HoltWintersParameters.Grid)
        {
            foreach (var beta in HoltWintersParameters.Grid)
            {
                foreach (var gamma in HoltWintersParameters.Grid)
                {
                    var fit = Run(history, period, new HoltWintersParameters(alpha, beta, gamma), level, trend, seasonal);
                    if (best is null || fit.SumOfSquaredErrors < best.SumOfSquaredErrors)
                    {
                        best = fit;
                    }
                }
            }
        }

        return best ?? throw new InvalidOperationException("The weight grid is empty.");
    }

    /// <summary>The simple initial state: level, trend and the m seasonal offsets (see the remarks).</summary>
    /// <exception cref="ArgumentException">Fewer than two seasons of history, a period below 2, or a season with no known value.</exception>
    public static (double Level, double Trend, double[] Seasonal) InitialState(ReadOnlySpan<double> history, int period)
    {
        if (period < 2)
        {
            throw new ArgumentException($"A season needs at least 2 points; got {period}.", nameof(period));
        }

        if (history.Length < MinimumHistory(period))
        {
            throw new ArgumentException($"Holt-Winters needs two seasons ({MinimumHistory(period)} points) of history; got {history.Length}.", nameof(history));
        }

        var first = MeanOfKnown(history[..period]);
        var second = MeanOfKnown(history[period..(2 * period)]);
        if (double.IsNaN(first) || double.IsNaN(second))
        {
            throw new ArgumentException("Each of the first two seasons of history needs at least one known value.", nameof(history));
        }

        var seasonal = new double[period];
        for (var j = 0; j < period; j++)
        {
            seasonal[j] = double.IsFinite(history[j]) ? history[j] - first : 0.0;
        }

        return (first, (second - first) / period, seasonal);
    }

    private static HoltWintersFit Run(ReadOnlySpan<double> history, int period, HoltWintersParameters parameters, double initialLevel, double initialTrend, double[] initialSeasonal)
    {
        var (alpha, beta, gamma) = (parameters.Level, parameters.Trend, parameters.Seasonal);
        var level = initialLevel;
        var trend = initialTrend;
        var season = new double[history.Length + period];
        Array.Copy(initialSeasonal, season, period);
        var fitted = new double[history.Length];
        var sse = 0.0;
        for (var t = 0; t < history.Length; t++)
        {
            var expected = level + trend + season[t];
            fitted[t] = expected;
            var y = history[t];
            if (double.IsFinite(y))
            {
                var error = y - expected;
                sse += error * error;
            }
            else
            {
                y = expected;
            }

            var previous = level;
            level = (alpha * (y - season[t])) + ((1 - alpha) * (previous + trend));
            var nextTrend = (beta * (level - previous)) + ((1 - beta) * trend);
            season[t + period] = (gamma * (y - previous - trend)) + ((1 - gamma) * season[t]);
            trend = nextTrend;
        }

        // statsmodels' fittedvalues[t] is the state before yₜ, i.e. the one-step forecast made at t − 1.
        var forecast = level + trend + season[history.Length];
        return new HoltWintersFit(parameters, initialLevel, initialTrend, initialSeasonal, fitted, forecast, sse);
    }

    private static double MeanOfKnown(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                sum += value;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static void CheckWeight(double weight, string name)
    {
        if (!(weight >= 0 && weight <= 1))
        {
            throw new ArgumentException($"The smoothing weight {name} must be within [0, 1]; got {weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", name);
        }
    }
}
