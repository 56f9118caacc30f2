using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>The model of <c>report.sbn-html</c>: a run's verdict, counts by dataset and status, gates, SLOs, then every monitor.</summary>
internal sealed record ReportPage(string Title, string Summary, bool Failed, IReadOnlyList<string> Statuses, IReadOnlyList<ReportDatasetView> Datasets, IReadOnlyList<ReportGateView> Gates)
{
    /// <summary>Whether any monitor failed or errored, so the report opens with the problems.</summary>
    public bool HasProblems { get; init; }

    public IReadOnlyList<LinkView> Problems { get; init; } = [];

    /// <summary>The SLOs of the run, worst first.</summary>
    public IReadOnlyList<ReportSloView> Slos { get; init; } = [];

    /// <summary>The known events over the run's windows (campaigns, outages), once each; empty without events.</summary>
    public IReadOnlyList<EventView> Events { get; init; } = [];

    /// <summary>The run's SLO counts; null without SLOs.</summary>
    public string? SloSummary { get; init; }
}
