using System.Text;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Rendering.Charts;

/// <summary>
/// The reference and current distributions of a drifting column as inline SVG: numeric bins as
/// overlaid histograms (reference wide and grey, current narrow and blue), categories as pairs of
/// horizontal bars. Every label is escaped; the picture holds only the shares, never rows.
/// </summary>
public static class DistributionChart
{
    private const string ReferenceColour = "#9aa5b1";
    private const string CurrentColour = "#2563eb";

    /// <summary>The chart of <paramref name="distribution"/>, titled for <paramref name="column"/>.</summary>
    public static string Render(DistributionComparison distribution, string column) =>
        distribution.Kind == DistributionKind.Categories ? Categories(distribution, column) : Histogram(distribution, column);

    private static string Histogram(DistributionComparison distribution, string column)
    {
        const double width = 640, left = 48, right = 12, top = 28, plot = 180, bottom = 96;
        var bins = distribution.Bins;
        var scale = Ceiling(bins);
        var binWidth = (width - left - right) / Math.Max(1, bins.Count);
        var svg = new StringBuilder();
        var title = $"Distribution of {column}: reference and current share of values per reference quantile bin";
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(Svg.N(width)).Append(' ').Append(Svg.N(top + plot + bottom))
            .Append("\" width=\"").Append(Svg.N(width)).Append("\" height=\"").Append(Svg.N(top + plot + bottom)).Append("\" aria-label=\"").Text(title).Append("\">");
        svg.Append("<title>").Text(title).Append("</title>");
        Legend(svg, left, 14);
        Grid(svg, left, width - right, top, plot, scale);
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var x = left + (i * binWidth);
            var referenceHeight = plot * bin.ReferenceShare / scale;
            var currentHeight = plot * bin.CurrentShare / scale;
            svg.Append("<g class=\"bin\"><title>").Text($"{bin.Label}: reference {Svg.Percent(bin.ReferenceShare)}, current {Svg.Percent(bin.CurrentShare)}").Append("</title>");
            svg.Append("<rect x=\"").Append(Svg.N(x + 1)).Append("\" y=\"").Append(Svg.N(top + plot - referenceHeight)).Append("\" width=\"").Append(Svg.N(binWidth - 2))
                .Append("\" height=\"").Append(Svg.N(referenceHeight)).Append("\" fill=\"").Append(ReferenceColour).Append("\" fill-opacity=\"0.6\"/>");
            svg.Append("<rect x=\"").Append(Svg.N(x + (binWidth * 0.25))).Append("\" y=\"").Append(Svg.N(top + plot - currentHeight)).Append("\" width=\"").Append(Svg.N(binWidth * 0.5))
                .Append("\" height=\"").Append(Svg.N(currentHeight)).Append("\" fill=\"").Append(CurrentColour).Append("\" fill-opacity=\"0.8\"/>");
            var labelX = x + (binWidth / 2);
            var labelY = top + plot + 12;
            svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(labelX)).Append("\" y=\"").Append(Svg.N(labelY)).Append("\" text-anchor=\"end\" transform=\"rotate(-35 ")
                .Append(Svg.N(labelX)).Append(' ').Append(Svg.N(labelY)).Append(")\">").Text(Svg.Shorten(bin.Label, 24)).Append("</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Categories(DistributionComparison distribution, string column)
    {
        const double width = 640, left = 170, right = 70, top = 28, row = 30, bar = 11;
        var bins = distribution.Bins;
        var scale = Ceiling(bins);
        var plotWidth = width - left - right;
        var height = top + (bins.Count * row) + 24;
        var svg = new StringBuilder();
        var title = $"Distribution of {column}: reference and current share of each category";
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(Svg.N(width)).Append(' ').Append(Svg.N(height))
            .Append("\" width=\"").Append(Svg.N(width)).Append("\" height=\"").Append(Svg.N(height)).Append("\" aria-label=\"").Text(title).Append("\">");
        svg.Append("<title>").Text(title).Append("</title>");
        Legend(svg, left, 14);
        for (var i = 0; i <= 4; i++)
        {
            var x = left + (plotWidth * i / 4);
            svg.Append("<line class=\"grid\" x1=\"").Append(Svg.N(x)).Append("\" y1=\"").Append(Svg.N(top - 4)).Append("\" x2=\"").Append(Svg.N(x)).Append("\" y2=\"").Append(Svg.N(height - 20)).Append("\"/>");
            svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(x)).Append("\" y=\"").Append(Svg.N(height - 6)).Append("\" text-anchor=\"middle\">").Append(Svg.Percent(scale * i / 4)).Append("</text>");
        }

        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var y = top + (i * row);
            var label = distribution.MergedCategories > 0 && i == bins.Count - 1 ? bin.Label : "'" + bin.Label + "'";
            svg.Append("<g class=\"category\"><title>").Text($"{label}: reference {Svg.Percent(bin.ReferenceShare)}, current {Svg.Percent(bin.CurrentShare)}").Append("</title>");
            svg.Append("<text class=\"label\" x=\"").Append(Svg.N(left - 8)).Append("\" y=\"").Append(Svg.N(y + bar + 4)).Append("\" text-anchor=\"end\">").Text(Svg.Shorten(label, 26)).Append("</text>");
            Bar(svg, left, y + 2, plotWidth * bin.ReferenceShare / scale, bar, ReferenceColour, bin.ReferenceShare);
            Bar(svg, left, y + 2 + bar, plotWidth * bin.CurrentShare / scale, bar, CurrentColour, bin.CurrentShare);
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, double x, double y, double length, double thickness, string colour, double share)
    {
        svg.Append("<rect x=\"").Append(Svg.N(x)).Append("\" y=\"").Append(Svg.N(y)).Append("\" width=\"").Append(Svg.N(length)).Append("\" height=\"").Append(Svg.N(thickness - 1))
            .Append("\" fill=\"").Append(colour).Append("\"/>");
        svg.Append("<text class=\"value\" x=\"").Append(Svg.N(x + length + 4)).Append("\" y=\"").Append(Svg.N(y + thickness - 2)).Append("\">").Append(Svg.Percent(share)).Append("</text>");
    }

    private static void Legend(StringBuilder svg, double x, double y)
    {
        svg.Append("<rect x=\"").Append(Svg.N(x)).Append("\" y=\"").Append(Svg.N(y - 9)).Append("\" width=\"10\" height=\"10\" fill=\"").Append(ReferenceColour).Append("\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(x + 14)).Append("\" y=\"").Append(Svg.N(y)).Append("\">reference</text>");
        svg.Append("<rect x=\"").Append(Svg.N(x + 90)).Append("\" y=\"").Append(Svg.N(y - 9)).Append("\" width=\"10\" height=\"10\" fill=\"").Append(CurrentColour).Append("\"/>");
        svg.Append("<text class=\"legend\" x=\"").Append(Svg.N(x + 104)).Append("\" y=\"").Append(Svg.N(y)).Append("\">current</text>");
    }

    private static void Grid(StringBuilder svg, double left, double right, double top, double plot, double scale)
    {
        for (var i = 0; i <= 4; i++)
        {
            var y = top + plot - (plot * i / 4);
            svg.Append("<line class=\"grid\" x1=\"").Append(Svg.N(left)).Append("\" y1=\"").Append(Svg.N(y)).Append("\" x2=\"").Append(Svg.N(right)).Append("\" y2=\"").Append(Svg.N(y)).Append("\"/>");
            svg.Append("<text class=\"tick\" x=\"").Append(Svg.N(left - 6)).Append("\" y=\"").Append(Svg.N(y + 4)).Append("\" text-anchor=\"end\">").Append(Svg.Percent(scale * i / 4)).Append("</text>");
        }
    }

    /// <summary>The axis maximum: four steps of a round size (1%, 2%, 2.5%, 5%, 10%, 20% or 25%) that reach the largest share.</summary>
    private static double Ceiling(IReadOnlyList<DistributionBin> bins)
    {
        var largest = 0.0;
        foreach (var bin in bins)
        {
            largest = Math.Max(largest, Math.Max(bin.ReferenceShare, bin.CurrentShare));
        }

        foreach (var step in (double[])[0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25])
        {
            if (largest <= step * 4)
            {
                return step * 4;
            }
        }

        return 1;
    }
}
