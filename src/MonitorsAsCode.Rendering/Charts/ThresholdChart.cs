using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Charts;

/// <summary>
/// A measured value against its thresholds as a small inline SVG scale: green where the value passes,
/// yellow past warn, red past fail (a band is coloured on both sides), and a marker at the value.
/// </summary>
public static class ThresholdChart
{
    private const double Width = 420;
    private const double Left = 8;
    private const double Right = 8;

    /// <summary>The scale for <paramref name="result"/>, or null when it has no value or no thresholds.</summary>
    public static string? Render(CheckResult result)
    {
        if (result.Value is not { } value || !double.IsFinite(value) || (result.Warn is null && result.Fail is null))
        {
            return null;
        }

        var limits = new List<double> { value };
        foreach (var threshold in new[] { result.Warn, result.Fail })
        {
            if (threshold?.Below is { } below)
            {
                limits.Add(below);
            }

            if (threshold?.Above is { } above)
            {
                limits.Add(above);
            }
        }

        var minimum = Math.Min(0, limits.Min());
        var maximum = limits.Max() * 1.25;
        if (result.Metric.Unit == MetricUnit.Share)
        {
            maximum = Math.Min(1, maximum);
        }

        if (maximum <= minimum)
        {
            maximum = minimum + 1;
        }

        double X(double v) => Left + ((Width - Left - Right) * (Math.Clamp(v, minimum, maximum) - minimum) / (maximum - minimum));

        var zones = new List<(double From, double To, string Colour)>();
        var failBelow = result.Fail?.Below ?? double.NegativeInfinity;
        var warnBelow = result.Warn?.Below ?? failBelow;
        var warnAbove = result.Warn?.Above ?? result.Fail?.Above ?? double.PositiveInfinity;
        var failAbove = result.Fail?.Above ?? double.PositiveInfinity;
        zones.Add((minimum, failBelow, "#dc2626"));
        zones.Add((failBelow, warnBelow, "#eab308"));
        zones.Add((warnBelow, warnAbove, "#16a34a"));
        zones.Add((warnAbove, failAbove, "#eab308"));
        zones.Add((failAbove, maximum, "#dc2626"));

        var text = $"{result.Metric.Name} {ValueFormat.Metric(value, result.Metric.Unit)} against warn {ValueFormat.Threshold(result.Warn, result.Metric.Unit)} and fail {ValueFormat.Threshold(result.Fail, result.Metric.Unit)}";
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gauge\" role=\"img\" viewBox=\"0 0 ").Append(Svg.N(Width)).Append(" 40\" width=\"").Append(Svg.N(Width))
            .Append("\" height=\"40\" aria-label=\"").Text(text).Append("\"><title>").Text(text).Append("</title>");
        foreach (var (from, to, colour) in zones)
        {
            var x1 = X(Math.Max(from, minimum));
            var x2 = X(Math.Min(to, maximum));
            if (x2 - x1 > 0.01)
            {
                svg.Append("<rect x=\"").Append(Svg.N(x1)).Append("\" y=\"14\" width=\"").Append(Svg.N(x2 - x1)).Append("\" height=\"10\" fill=\"").Append(colour).Append("\" fill-opacity=\"0.35\"/>");
            }
        }

        var marker = X(value);
        svg.Append("<path d=\"M").Append(Svg.N(marker)).Append(" 26 l-5 8 h10 z\" fill=\"#111827\"/>");
        svg.Append("<line x1=\"").Append(Svg.N(marker)).Append("\" y1=\"10\" x2=\"").Append(Svg.N(marker)).Append("\" y2=\"26\" stroke=\"#111827\" stroke-width=\"2\"/>");
        svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(Left)).Append("\" y=\"9\">").Append(ValueFormat.Metric(minimum, result.Metric.Unit)).Append("</text>");
        svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(Width - Right)).Append("\" y=\"9\" text-anchor=\"end\">").Append(ValueFormat.Metric(maximum, result.Metric.Unit)).Append("</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
