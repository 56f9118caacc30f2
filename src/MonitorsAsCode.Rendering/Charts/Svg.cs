using System.Globalization;
using System.Text;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Charts;

/// <summary>Small helpers for writing inline SVG by hand: fixed number formatting and escaped text.</summary>
internal static class Svg
{
    /// <summary>A coordinate with at most two decimals, invariant.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Appends escaped text.</summary>
    public static StringBuilder Text(this StringBuilder svg, string text)
    {
        HtmlText.Escape(text, svg);
        return svg;
    }

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double share) => Engine.Results.ValueFormat.Percent(share);

    /// <summary>Text shortened to <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        var single = text.Replace('\r', ' ').Replace('\n', ' ');
        return single.Length <= length ? single : single[..(length - 1)] + "…";
    }
}
