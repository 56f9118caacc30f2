namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>The unit of a monitor's measured value, which decides how thresholds are written and shown.</summary>
public enum MetricUnit
{
    /// <summary>A share of rows, from 0 to 1.</summary>
    Share,

    /// <summary>A ratio of two counts.</summary>
    Ratio,

    /// <summary>A duration, written as <c>36h</c>, <c>15m</c>, <c>2d</c> and held in seconds.</summary>
    Duration,

    /// <summary>A count of problems.</summary>
    Count,

    /// <summary>A dimensionless drift score.</summary>
    Score,
}
