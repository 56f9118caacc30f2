using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Charts;
using MonitorsAsCode.Rendering.History;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>Turns a monitor's trend into the view the report and wiki templates show.</summary>
internal static class TrendViews
{
    /// <summary>The view of <paramref name="trend"/>, whose values are <paramref name="metric"/> in <paramref name="unit"/>; <paramref name="band"/>: the limits are a baseline's band.</summary>
    public static TrendView View(MonitorTrend trend, string metric, MetricUnit unit, bool band)
    {
        var rows = new List<TrendRowView>();
        var events = new List<EventView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var point in trend.Points)
        {
            var marks = string.Join("; ", point.Events.Select(e => $"{e.Id} ({EventWords.Of(e.Kind)}, {EventWords.Of(e.Effect)})"));
            foreach (var known in point.Events)
            {
                if (seen.Add(known.Id))
                {
                    events.Add(EventView.Of(known));
                }
            }

            rows.Add(point.Entry is { } entry
                ? new TrendRowView(
                    point.Describe(),
                    StatusText.Word(entry.Status),
                    StatusText.Label(entry.Status),
                    entry.Value is { } value ? ValueFormat.Metric(value, unit) : "-",
                    ValueFormat.Threshold(entry.Warn, unit),
                    ValueFormat.Threshold(entry.Fail, unit),
                    marks)
                : new TrendRowView(point.Describe(), StatusText.Word(CheckStatus.Skipped), TrendView.GapLabel, "-", "-", "-", marks));
        }

        return new TrendView(
            trend.Shown == 0 ? "No window of this monitor is recorded in the history." : TrendChart.Title(trend, metric, band) + ".",
            TrendSparkline.Of([.. trend.Points.Select(p => p.Entry?.Value)], '·'),
            rows)
        {
            Shown = trend.Shown,
            Total = trend.Total,
            Chart = trend.Points.Count > 0 ? new TemplateMarkup(TrendChart.Render(trend, metric, unit, band)) : null,
            Events = events,
        };
    }
}
