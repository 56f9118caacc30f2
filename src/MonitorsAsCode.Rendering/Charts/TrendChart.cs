using System.Text;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Rendering.Charts;

/// <summary>
/// A monitor's value over its latest windows as inline SVG, one slot per window (a gap gets a slot of its own, left
/// empty): the value as a line broken wherever nothing was measured, a dot per window coloured by its status, the warn
/// and fail limits recorded with each window as dashed steps (a baseline monitor's band moves with its windows), and
/// windows inside known events shaded (red: suppress, orange: exclude-from-baseline, blue: annotate). Every label is
/// escaped; no script, no external asset.
/// </summary>
public static class TrendChart
{
    private const double Width = 640;
    private const double Left = 56;
    private const double Right = 12;
    private const double Top = 26;
    private const double Plot = 150;
    private const double Bottom = 24;
    private const string ValueColour = "#2563eb";
    private const string WarnColour = "#ca8a04";
    private const string FailColour = "#dc2626";

    /// <summary>
    /// The chart of <paramref name="trend"/>, whose values are <paramref name="metric"/> in <paramref name="unit"/>;
    /// <paramref name="band"/> says the recorded limits are a baseline's band, for the title.
    /// </summary>
    public static string Render(MonitorTrend trend, string metric, MetricUnit unit, bool band = false)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(metric);
        var points = trend.Points;
        var (low, high) = Scale(points, unit);
        var slot = (Width - Left - Right) / Math.Max(1, points.Count);
        double X(int index) => Left + (slot * (index + 0.5));
        double Y(double value) => Top + Plot - (Plot * (Math.Clamp(value, low, high) - low) / (high - low));

        var title = Title(trend, metric, band);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" role=\"img\" viewBox=\"0 0 ").Append(Svg.N(Width)).Append(' ').Append(Svg.N(Top + Plot + Bottom))
            .Append("\" width=\"").Append(Svg.N(Width)).Append("\" height=\"").Append(Svg.N(Top + Plot + Bottom)).Append("\" aria-label=\"").Text(title).Append("\">");
        svg.Append("<title>").Text(title).Append("</title>");
        Legend(svg);

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Events.Count > 0)
            {
                var colour = EventColour(points[i].Events);
                var names = string.Join(", ", points[i].Events.Select(e => $"{e.Id} ({EventWords.Of(e.Kind)}, {EventWords.Of(e.Effect)})"));
                svg.Append("<rect class=\"event\" x=\"").Append(Svg.N(Left + (slot * i))).Append("\" y=\"").Append(Svg.N(Top)).Append("\" width=\"").Append(Svg.N(slot))
                    .Append("\" height=\"").Append(Svg.N(Plot)).Append("\" fill=\"").Append(colour).Append("\" fill-opacity=\"0.12\"><title>")
                    .Text(points[i].Describe() + ": " + names).Append("</title></rect>");
            }
        }

        for (var i = 0; i <= 4; i++)
        {
            var value = low + ((high - low) * i / 4);
            var y = Y(value);
            svg.Append("<line class=\"grid\" x1=\"").Append(Svg.N(Left)).Append("\" y1=\"").Append(Svg.N(y)).Append("\" x2=\"").Append(Svg.N(Width - Right)).Append("\" y2=\"").Append(Svg.N(y)).Append("\"/>");
            svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(Left - 6)).Append("\" y=\"").Append(Svg.N(y + 4)).Append("\" text-anchor=\"end\">").Text(ValueFormat.Metric(value, unit)).Append("</text>");
        }

        foreach (var (limit, colour) in new (Func<TrendPoint, double?>, string)[]
        {
            (p => p.Entry?.Warn?.Below, WarnColour), (p => p.Entry?.Warn?.Above, WarnColour),
            (p => p.Entry?.Fail?.Below, FailColour), (p => p.Entry?.Fail?.Above, FailColour),
        })
        {
            var path = new StringBuilder();
            for (var i = 0; i < points.Count; i++)
            {
                if (limit(points[i]) is { } l && double.IsFinite(l))
                {
                    path.Append(path.Length == 0 ? "M" : " M").Append(Svg.N(Left + (slot * i))).Append(' ').Append(Svg.N(Y(l))).Append(" h").Append(Svg.N(slot));
                }
            }

            if (path.Length > 0)
            {
                svg.Append("<path class=\"limit\" d=\"").Append(path).Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            }
        }

        var line = new StringBuilder();
        var drawing = false;
        for (var i = 0; i < points.Count; i++)
        {
            if (Measured(points[i]) is { } v)
            {
                line.Append(drawing ? " L" : line.Length == 0 ? "M" : " M").Append(Svg.N(X(i))).Append(' ').Append(Svg.N(Y(v)));
                drawing = true;
            }
            else
            {
                drawing = false;
            }
        }

        // Not class "value": the report's style sheet fills text of that class, and a style beats a presentation attribute.
        if (line.Length > 0)
        {
            svg.Append("<path class=\"series\" d=\"").Append(line).Append("\" fill=\"none\" stroke=\"").Append(ValueColour).Append("\" stroke-width=\"2\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.Entry is not { } entry)
            {
                continue;
            }

            var text = point.Describe() + ": " + CheckStatusWords.Of(entry.Status) + ", " + metric + " " + (entry.Value is { } value ? ValueFormat.Metric(value, unit) : "not measured");
            var y = Measured(point) is { } measured ? Y(measured) : Top + Plot;
            svg.Append("<circle cx=\"").Append(Svg.N(X(i))).Append("\" cy=\"").Append(Svg.N(y)).Append("\" r=\"3.5\" fill=\"").Append(StatusColour(entry.Status))
                .Append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>").Text(text).Append("</title></circle>");
        }

        if (points.Count > 0)
        {
            var axis = Top + Plot + 16;
            svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(Left)).Append("\" y=\"").Append(Svg.N(axis)).Append("\">").Text(points[0].Describe()).Append("</text>");
            if (points.Count > 1)
            {
                svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(Width - Right)).Append("\" y=\"").Append(Svg.N(axis)).Append("\" text-anchor=\"end\">").Text(points[^1].Describe()).Append("</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>What the chart shows, in words, for its title and screen readers.</summary>
    public static string Title(MonitorTrend trend, string metric, bool band = false)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var points = trend.Points;
        var text = new StringBuilder($"{trend.MonitorId}: {metric} over the last {trend.Shown} of {trend.Total} recorded windows");
        if (points.Count > 0)
        {
            text.Append(", ").Append(points[0].Describe());
            if (points.Count > 1)
            {
                text.Append(" to ").Append(points[^1].Describe());
            }
        }

        text.Append(band ? ", against the band its baseline expected in each window (warn and fail limits)" : ", against the warn and fail limits recorded with each window");
        var gaps = points.Count(p => p.IsGap);
        if (gaps > 0)
        {
            text.Append("; ").Append(gaps).Append(gaps == 1 ? " gap" : " gaps").Append(" with nothing recorded");
        }

        var inEvents = points.Count(p => p.Events.Count > 0);
        if (inEvents > 0)
        {
            text.Append("; ").Append(inEvents).Append(inEvents == 1 ? " slot" : " slots").Append(" inside known events");
        }

        return text.ToString();
    }

    private static double? Measured(TrendPoint point) => point.Entry?.Value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>Zero, every value and every finite limit shown; a share stops at 1; a flat series gets a unit of room.</summary>
    private static (double Low, double High) Scale(IReadOnlyList<TrendPoint> points, MetricUnit unit)
    {
        var low = 0.0;
        var high = 0.0;
        foreach (var point in points)
        {
            foreach (var x in new[] { Measured(point), point.Entry?.Warn?.Below, point.Entry?.Warn?.Above, point.Entry?.Fail?.Below, point.Entry?.Fail?.Above })
            {
                if (x is { } v && double.IsFinite(v))
                {
                    low = Math.Min(low, v);
                    high = Math.Max(high, v);
                }
            }
        }

        high = unit == MetricUnit.Share ? Math.Min(1, high * 1.1) : high * 1.1;
        if (high <= low)
        {
            high = low + 1;
        }

        return (low, high);
    }

    private static string StatusColour(CheckStatus status) => status switch
    {
        CheckStatus.Fail or CheckStatus.Error => FailColour,
        CheckStatus.Warn => WarnColour,
        CheckStatus.Pass => "#16a34a",
        _ => "#9ca3af",
    };

    /// <summary>The strongest effect's colour: a suppressing event matters most to a reader.</summary>
    private static string EventColour(IReadOnlyList<KnownEventDefinition> events) =>
        events.Any(e => e.Effect == EventEffect.Suppress) ? FailColour
        : events.Any(e => e.Effect == EventEffect.ExcludeFromBaseline) ? "#ea580c"
        : ValueColour;

    private static void Legend(StringBuilder svg)
    {
        svg.Append("<path d=\"M").Append(Svg.N(Left)).Append(" 12 h16\" stroke=\"").Append(ValueColour).Append("\" stroke-width=\"2\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(Left + 20)).Append("\" y=\"16\">value</text>");
        svg.Append("<path d=\"M").Append(Svg.N(Left + 70)).Append(" 12 h16\" stroke=\"").Append(WarnColour).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(Left + 90)).Append("\" y=\"16\">warn limit</text>");
        svg.Append("<path d=\"M").Append(Svg.N(Left + 160)).Append(" 12 h16\" stroke=\"").Append(FailColour).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(Left + 180)).Append("\" y=\"16\">fail limit</text>");
        svg.Append("<rect x=\"").Append(Svg.N(Left + 250)).Append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").Append(FailColour).Append("\" fill-opacity=\"0.12\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(Left + 266)).Append("\" y=\"16\">known event</text>");
    }
}
