using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>index.sbn-md</c>: the home page listing datasets, gates, monitors and SLOs.</summary>
internal sealed record IndexPage(string Home, string Definitions, IReadOnlyList<DatasetRowView> Datasets, IReadOnlyList<GateRowView> Gates, IReadOnlyList<MonitorRowView> Monitors)
{
    public bool HasResults { get; init; }

    /// <summary>The run's counts: <c>18 monitors: 12 pass, 0 warn, 6 fail, 0 error, 0 skipped</c>.</summary>
    public string? Summary { get; init; }

    /// <summary>Every SLO, in definition order.</summary>
    public IReadOnlyList<Slos.SloRowView> Slos { get; init; } = [];

    /// <summary>The run's SLO counts: <c>3 SLOs: 1 pass, 1 warn, 1 fail, 0 error, 0 skipped</c>; null without SLO results.</summary>
    public string? SloSummary { get; init; }
}
