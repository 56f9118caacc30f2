namespace MonitorsAsCode.Rendering.Report;

/// <summary>A dataset's row of the summary (a count per status, in the order of <see cref="ReportPage.Statuses"/>) and its monitors, worst first.</summary>
internal sealed record ReportDatasetView(string Id, string Anchor, IReadOnlyList<ReportCountView> Counts, IReadOnlyList<ReportMonitorView> Monitors);
