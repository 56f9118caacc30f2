namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>How a baseline monitor works out, from the monitor's history, the value it expects and how far values usually stray.</summary>
public enum BaselineMethod
{
    /// <summary><c>median-mad</c>: the median of the recent windows, and 1.4826 × their median absolute deviation.</summary>
    MedianMad,

    /// <summary><c>rolling-quantile</c>: the median of the recent windows, and their interquartile range / 1.349.</summary>
    RollingQuantile,

    /// <summary><c>same-period-last-week</c>: the median of the same period in the past seasons, and the spread of season-over-season changes.</summary>
    SamePeriodLastWeek,

    /// <summary><c>holt-winters</c>: additive Holt–Winters' one-step forecast (level, trend, season), and the spread of its past errors.</summary>
    HoltWinters,
}
