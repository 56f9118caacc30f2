using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>
/// A monitor's trend as templates show it: a sentence saying what is shown, a text sparkline, an inline SVG chart and
/// the same windows as a table, with the known events they fall in.
/// </summary>
/// <param name="Caption">What the trend shows, in a sentence.</param>
/// <param name="Sparkline">One block character per slot (<c>▁▂▃…█</c>), <c>·</c> where nothing was measured.</param>
/// <param name="Rows">The windows and gaps, oldest first; empty when the history holds nothing for the monitor.</param>
internal sealed record TrendView(string Caption, string Sparkline, IReadOnlyList<TrendRowView> Rows)
{
    /// <summary>The label of a gap's row.</summary>
    public const string GapLabel = "no record";

    /// <summary>How many recorded windows are shown.</summary>
    public int Shown { get; init; }

    /// <summary>How many windows the history holds for the monitor.</summary>
    public int Total { get; init; }

    /// <summary>Inline SVG of the trend, built with every label escaped (<c>{{ trend.chart }}</c>); null without windows.</summary>
    public TemplateMarkup? Chart { get; init; }

    /// <summary>The known events the shown windows fall in, once each, in declaration order.</summary>
    public IReadOnlyList<EventView> Events { get; init; } = [];
}
