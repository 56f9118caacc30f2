using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Statistics.Baselines;

namespace MonitorsAsCode.Engine.Baselines;

/// <summary>
/// What a baseline made of the judged value: the estimate, the distance in the limits' units (robust z, or a relative
/// change), the band at k, how many past windows it used and which it left out.
/// </summary>
public sealed record BaselineVerdict(
    BaselineMethod Method,
    BaselineEstimate Estimate,
    double Distance,
    double Lower,
    double Upper,
    int Used,
    IReadOnlyList<LeftOutWindow> LeftOut)
{
    /// <summary>For Holt–Winters, the smoothing weights the grid search chose.</summary>
    public HoltWintersParameters? Weights { get; init; }
}
