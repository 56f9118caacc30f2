namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// The PromQL an SLI is measured by in production, in Sloth's convention: each query returns an
/// event rate over <c>{{.window}}</c>, which the rules generator replaces with each window
/// (<c>5m</c>, <c>1h</c>, <c>30d</c>). Either the error or the good query is given, with the total.
/// </summary>
/// <param name="TotalQuery">Rate of all events.</param>
public sealed record PrometheusQueries(string TotalQuery)
{
    /// <summary>Rate of bad events.</summary>
    public string? ErrorQuery { get; init; }

    /// <summary>Rate of good events, when the error query is not given.</summary>
    public string? GoodQuery { get; init; }

    /// <summary>The placeholder the rules generator replaces with a window.</summary>
    public const string WindowPlaceholder = "{{.window}}";
}
