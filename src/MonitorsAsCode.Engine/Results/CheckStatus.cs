namespace MonitorsAsCode.Engine.Results;

/// <summary>The verdict of one monitor, from best to worst for gating purposes (skipped aside).</summary>
public enum CheckStatus
{
    /// <summary>Within thresholds.</summary>
    Pass,

    /// <summary>Beyond the warn threshold, within fail.</summary>
    Warn,

    /// <summary>Beyond the fail threshold.</summary>
    Fail,

    /// <summary>The monitor could not be evaluated (for example its column is missing from the snapshot).</summary>
    Error,

    /// <summary>Not evaluated on purpose (disabled, or outside the selected gate).</summary>
    Skipped,
}
