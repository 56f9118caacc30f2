using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Engine.Results;

/// <summary>Fixed, culture-invariant formatting of measured values, so every output prints the same text.</summary>
public static class ValueFormat
{
    /// <summary>A number rounded to 6 significant digits, without exponent for everyday magnitudes.</summary>
    public static string Number(double value) => Significant(value, 6);

    /// <summary>A number rounded to 4 significant digits, for values shown in tables next to thresholds.</summary>
    public static string Short(double value) => Significant(value, 4);

    private static string Significant(double value, int significant)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e15))
        {
            return value.ToString("0.#####E+0", CultureInfo.InvariantCulture);
        }

        var digits = magnitude == 0 ? 0 : Math.Max(0, significant - (int)Math.Floor(Math.Log10(magnitude)) - 1);
        return Math.Round(value, Math.Min(digits, 15)).ToString("0.###############", CultureInfo.InvariantCulture);
    }

    /// <summary>A share as a percentage with one decimal (<c>3.1%</c>), or more decimals when it would otherwise read 0.0%.</summary>
    public static string Percent(double share)
    {
        var percent = share * 100;
        if (percent != 0 && Math.Abs(percent) < 0.1)
        {
            return percent.ToString("0.###", CultureInfo.InvariantCulture) + "%";
        }

        return percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A count with thousands separators (<c>12,360</c>).</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A value in its metric's unit, to 4 significant digits: shares as numbers, durations as <c>48h2m</c>.</summary>
    public static string Metric(double value, MetricUnit unit) => unit switch
    {
        MetricUnit.Duration => Duration(value),
        MetricUnit.Count => Count((long)value),
        _ => Short(value),
    };

    /// <summary>
    /// A duration as people write thresholds: hours up to three days (<c>36h</c>, <c>48h2m</c>), days beyond;
    /// seconds only under an hour.
    /// </summary>
    public static string Duration(double seconds)
    {
        if (!double.IsFinite(seconds))
        {
            return Number(seconds);
        }

        var magnitude = Math.Abs(seconds);
        var rounded = magnitude >= 3600 ? Math.Round(magnitude / 60) * 60 : Math.Round(magnitude);
        var sign = seconds < 0 ? "-" : string.Empty;
        if (rounded < 72 * 3600)
        {
            var hours = (long)(rounded / 3600);
            var rest = rounded - (hours * 3600);
            return sign + (hours > 0 ? hours.ToString(CultureInfo.InvariantCulture) + "h" : string.Empty) + (rest > 0 || hours == 0 ? DurationText.Format(rest) : string.Empty);
        }

        return sign + DurationText.Format(rounded);
    }

    /// <summary>A threshold in its metric's unit: <c>0.25</c>, <c>36h</c>, <c>&lt; 0.8 or &gt; 1.25</c>.</summary>
    public static string Threshold(Threshold? threshold, MetricUnit unit)
    {
        if (threshold is not { } t)
        {
            return "-";
        }

        return (t.Below, t.Above) switch
        {
            (null, { } above) => Metric(above, unit),
            ({ } below, null) => "< " + Metric(below, unit),
            ({ } below, { } above) => "< " + Metric(below, unit) + " or > " + Metric(above, unit),
            _ => "-",
        };
    }

    /// <summary>An instant as ISO 8601 UTC with seconds (<c>2026-11-14T00:00:00Z</c>).</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
