using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Results;

/// <summary>A confidence interval of a measured value, and how it was computed.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="Level">The confidence level (0.95 for 95%).</param>
/// <param name="Method">How: <c>wilson</c>, <c>delong</c>, <c>bootstrap</c>, or <c>mover</c> for a difference of two values.</param>
public sealed record ValueInterval(double Lower, double Upper, double Level, string Method)
{
    /// <summary>The interval of a statistics kernel, named by its method.</summary>
    public static ValueInterval Of(ConfidenceInterval interval, string method) => new(interval.Lower, interval.Upper, interval.Level, method);
}
