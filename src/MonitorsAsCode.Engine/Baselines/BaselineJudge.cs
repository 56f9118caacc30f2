using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Engine.Baselines;

/// <summary>
/// Judges a monitor's value against what its own history expects (<c>baseline:</c>): lays the past windows of the
/// look-back on a grid, leaves out gaps, windows without a value, windows below <c>min_volume</c> and windows the run
/// excludes (known events), computes the method's expected value and typical deviation, and compares.
/// </summary>
public static class BaselineJudge
{
    /// <summary>
    /// The verdict for <paramref name="value"/>, or the reason the monitor cannot be judged yet (too little history),
    /// which makes it <c>skipped</c>, never a pass.
    /// </summary>
    public static (BaselineVerdict? Verdict, string? Skipped) Judge(
        BaselineDefinition baseline, PastWindows past, double value, Func<HistoryEntry, bool>? exclude)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(past);
        var count = Math.Max(1, (int)(baseline.EffectiveWindow.Ticks / past.Step.Ticks));
        var (series, used, leftOut) = Series(baseline, past, count, exclude);
        var method = Yaml(baseline.Method);
        if (used < baseline.EffectiveMinHistory)
        {
            return (null, $"baseline {method} needs {baseline.EffectiveMinHistory} past windows (min_history) and only {used} of the last {count} are usable; {leftOut.Count} left out");
        }

        var period = 0;
        if (baseline.EffectiveSeasonality is { } season)
        {
            var ratio = season.Ticks / (double)past.Step.Ticks;
            period = (int)Math.Round(ratio);
            if (Math.Abs(ratio - period) > 1e-9 || period < (baseline.Method == BaselineMethod.HoltWinters ? 2 : 1))
            {
                return (null, $"baseline {method}: seasonality {DurationText.Format(season.TotalSeconds)} is not a whole number (at least {(baseline.Method == BaselineMethod.HoltWinters ? 2 : 1)}) of {DurationText.Format(past.Step.TotalSeconds)} windows");
            }
        }

        var (estimate, weights, skipped) = Estimate(baseline, series, period);
        if (estimate is not { } e)
        {
            return (null, skipped);
        }

        double distance;
        double halfWidth;
        if (baseline.JudgesChange)
        {
            var magnitude = Math.Abs(e.Expected);
            distance = magnitude > 0 ? (value - e.Expected) / magnitude : value == e.Expected ? 0 : Math.Sign(value - e.Expected) * double.PositiveInfinity;
            halfWidth = (baseline.ChangeFail ?? baseline.ChangeWarn ?? 0) * magnitude;
        }
        else
        {
            distance = e.Deviation(value);
            halfWidth = baseline.EffectiveK * e.Scale;
        }

        return (new BaselineVerdict(baseline.Method, e, distance, e.Expected - halfWidth, e.Expected + halfWidth, used, leftOut) { Weights = weights }, null);
    }

    /// <summary>The warn and fail limits of a verdict as thresholds on the value itself, as a history records them.</summary>
    public static (Threshold? Warn, Threshold? Fail) Limits(BaselineDefinition baseline, BaselineEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var (warn, fail) = baseline.JudgesChange ? (baseline.ChangeWarn, baseline.ChangeFail) : baseline.EffectiveDeviations;
        var unit = baseline.JudgesChange ? Math.Abs(estimate.Expected) : estimate.Scale;
        Threshold? Band(double? limit) => limit is { } l ? new Threshold(estimate.Expected - (l * unit), estimate.Expected + (l * unit)) : null;
        return (Band(warn), Band(fail));
    }

    /// <summary>The status a distance earns: beyond fail fails, beyond warn warns (equal does not breach).</summary>
    public static CheckStatus Status(BaselineDefinition baseline, double distance)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var (warn, fail) = baseline.JudgesChange ? (baseline.ChangeWarn, baseline.ChangeFail) : baseline.EffectiveDeviations;
        var size = Math.Abs(distance);
        return fail is { } f && size > f ? CheckStatus.Fail : warn is { } w && size > w ? CheckStatus.Warn : CheckStatus.Pass;
    }

    internal static string Yaml(BaselineMethod method) => Definitions.Yaml.YamlWords.Of(method);

    private static double[] Known(double[] series)
    {
        var known = new List<double>(series.Length);
        foreach (var value in series)
        {
            if (double.IsFinite(value))
            {
                known.Add(value);
            }
        }

        return [.. known];
    }

    private static bool HasKnown(double[] series, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (double.IsFinite(series[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last <paramref name="count"/> windows' values, oldest first, NaN where a window is left out; how many are used;
    /// and each left-out window with why.
    /// </summary>
    private static (double[] Series, int Used, List<LeftOutWindow> LeftOut) Series(BaselineDefinition baseline, PastWindows past, int count, Func<HistoryEntry, bool>? exclude)
    {
        // An incident is not the new normal: windows that failed are left out, so one bad day does not move what the next
        // days are compared with. When most of the look-back failed, the change has lasted and the failures are used.
        var failed = 0;
        for (var slot = 1; slot <= count; slot++)
        {
            if (past.At(slot) is { Status: CheckStatus.Fail, Value: not null })
            {
                failed++;
            }
        }

        var leaveOutFailures = 2 * failed <= count;
        var series = new double[count];
        var leftOut = new List<LeftOutWindow>();
        var used = 0;
        for (var slot = count; slot >= 1; slot--)
        {
            var entry = past.At(slot);
            var reason = WhyLeftOut(baseline, entry, leaveOutFailures, exclude);
            series[count - slot] = reason is null && entry?.Value is { } recorded ? recorded : double.NaN;
            if (reason is null)
            {
                used++;
            }
            else
            {
                leftOut.Add(new LeftOutWindow(past.StartOf(slot), reason));
            }
        }

        return (series, used, leftOut);
    }

    /// <summary>Why a past window does not count towards the baseline, or null when it does.</summary>
    private static string? WhyLeftOut(BaselineDefinition baseline, HistoryEntry? entry, bool leaveOutFailures, Func<HistoryEntry, bool>? exclude)
    {
        if (entry is null)
        {
            return "not recorded";
        }

        if (entry.Value is null)
        {
            return $"no value ({CheckStatusWords.Of(entry.Status)})";
        }

        if (entry.Rows is { } rows && baseline.MinVolume is { } minimum && rows < minimum)
        {
            return $"{ValueFormat.Count(rows)} rows, below min_volume {ValueFormat.Count(minimum)}";
        }

        if (leaveOutFailures && entry.Status == CheckStatus.Fail)
        {
            return "failed (an incident is not the new normal)";
        }

        return exclude is not null && exclude(entry) ? "excluded by a known event" : null;
    }

    /// <summary>The method's expected value and spread over <paramref name="series"/> (and Holt-Winters' fitted weights), or why there is none.</summary>
    private static (BaselineEstimate? Estimate, HoltWintersParameters? Weights, string? Skipped) Estimate(BaselineDefinition baseline, double[] series, int period)
    {
        var method = Yaml(baseline.Method);
        switch (baseline.Method)
        {
            case BaselineMethod.MedianMad:
                return (RobustScale.Of(Known(series)), null, null);
            case BaselineMethod.RollingQuantile:
                return (RollingQuantileBand.Of(Known(series)), null, null);
            case BaselineMethod.SamePeriodLastWeek:
                return SamePeriodBaseline.Of(series, period) is { } same
                    ? (same, null, null)
                    : (null, null, $"baseline {method}: no recorded value for the same period in the past seasons, or no season-over-season change to measure the spread from");
            default:
                var need = HoltWinters.MinimumHistory(period);
                if (series.Length < need || !HasKnown(series, 0, period) || !HasKnown(series, period, 2 * period))
                {
                    return (null, null, $"baseline {method} needs two seasons ({need} windows) of history with a value in each season; the look-back holds {series.Length} windows");
                }

                var fit = HoltWinters.FitBest(series, period);
                return (new BaselineEstimate(fit.Forecast, RobustScale.Of([.. fit.Residuals(series)]).Scale), fit.Parameters, null);
        }
    }
}
