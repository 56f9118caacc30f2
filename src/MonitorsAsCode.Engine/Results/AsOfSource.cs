namespace MonitorsAsCode.Engine.Results;

/// <summary>Where a freshness check's as-of instant came from.</summary>
public enum AsOfSource
{
    /// <summary>The run's <c>--as-of</c> option.</summary>
    Option,

    /// <summary>The dataset's <c>snapshots.captured_at</c>.</summary>
    CapturedAt,

    /// <summary>The machine's clock at the time of the run.</summary>
    Clock,
}
