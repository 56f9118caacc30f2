using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>index.md.hbs</c>: the home page listing datasets, gates and monitors.</summary>
internal sealed record IndexPage(string Home, string Definitions, IReadOnlyList<DatasetRowView> Datasets, IReadOnlyList<GateRowView> Gates, IReadOnlyList<MonitorRowView> Monitors)
{
    public bool HasResults { get; init; }

    /// <summary>The run's counts: <c>18 monitors: 12 pass, 0 warn, 6 fail, 0 error, 0 skipped</c>.</summary>
    public string? Summary { get; init; }
}
