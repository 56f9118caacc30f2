using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// What a check measured and why. The status normally follows from the value and the thresholds;
/// checks without thresholds (schema) decide it themselves through <see cref="Status"/>.
/// </summary>
public sealed record Measurement(double Value, Evidence Evidence)
{
    /// <summary>A verdict decided by the check itself, overriding the thresholds.</summary>
    public CheckStatus? Status { get; init; }
}
