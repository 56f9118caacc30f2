namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// What an SLO measures. Over a dataset's events, either a ratio of good to total events, each an
/// <see cref="SliExpression"/> over the dataset's columns, or a monitor's pass or fail per time
/// slice. In production, optionally, the same indicator as PromQL queries for the generated rules.
/// </summary>
public sealed record SloIndicator
{
    /// <summary>Which events are good, as an SLI expression such as <c>latency_ms &lt;= 120 and status &lt; 500</c>.</summary>
    public string? Good { get; init; }

    /// <summary>Which events count at all; null counts every event.</summary>
    public string? Total { get; init; }

    /// <summary>A monitor whose verdict on each time slice decides whether the slice is good.</summary>
    public string? Monitor { get; init; }

    /// <summary>The PromQL the generated Prometheus rules measure the SLI with.</summary>
    public PrometheusQueries? Prometheus { get; init; }

    /// <summary>A ratio indicator of good (and optionally total) events.</summary>
    public static SloIndicator Ratio(string good, string? total = null) => new() { Good = good, Total = total };

    /// <summary>An indicator judged by a monitor per time slice.</summary>
    public static SloIndicator OfMonitor(string monitor) => new() { Monitor = monitor };
}
