using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>One monitor of the report: its verdict, value against thresholds, evidence and pictures.</summary>
internal sealed record ReportMonitorView(string Id, string Anchor, string Dataset, string Check, string Severity, ResultView Result)
{
    public string? Owner { get; init; }

    public string? Description { get; init; }

    public string? Runbook { get; init; }

    /// <summary>Inline SVG of the value against its thresholds, built with every label escaped, so <c>{{ gauge }}</c> writes it as it is; or null.</summary>
    public TemplateMarkup? Gauge { get; init; }

    /// <summary>Inline SVG of the reference and current distributions, built with every label escaped (<c>{{ chart }}</c>); or null.</summary>
    public TemplateMarkup? Chart { get; init; }

    /// <summary>The monitor's latest recorded windows, when the report was rendered with a history; else null.</summary>
    public TrendView? Trend { get; init; }
}
