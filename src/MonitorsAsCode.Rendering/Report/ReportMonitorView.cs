using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>One monitor of the report: its verdict, value against thresholds, evidence and pictures.</summary>
internal sealed record ReportMonitorView(string Id, string Anchor, string Dataset, string Check, string Severity, ResultView Result)
{
    public string? Owner { get; init; }

    public string? Description { get; init; }

    public string? Runbook { get; init; }

    /// <summary>Inline SVG of the value against its thresholds (already escaped; written with <c>{{{gauge}}}</c>), or null.</summary>
    public string? Gauge { get; init; }

    /// <summary>Inline SVG of the reference and current distributions (already escaped; written with <c>{{{chart}}}</c>), or null.</summary>
    public string? Chart { get; init; }
}
