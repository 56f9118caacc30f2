using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>How performance values and their intervals read in evidence.</summary>
internal static class PerformanceText
{
    /// <summary><c>95% CI 0.81–0.86 (DeLong)</c>.</summary>
    public static string Interval(ConfidenceInterval interval, string method, MetricUnit unit) =>
        $"{(interval.Level * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% CI {Value(interval.Lower, unit)} to {Value(interval.Upper, unit)} ({method})";

    /// <summary>A value of a performance metric: shares as percentages, scores to six significant digits.</summary>
    public static string Value(double value, MetricUnit unit) => unit == MetricUnit.Share ? ValueFormat.Percent(value) : ValueFormat.Number(value);
}
