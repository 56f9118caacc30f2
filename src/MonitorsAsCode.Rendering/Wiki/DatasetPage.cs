using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>dataset.sbn-md</c>: a dataset's snapshots, columns and monitors.</summary>
internal sealed record DatasetPage(string Home, string Id, IReadOnlyList<ColumnView> Columns, IReadOnlyList<MonitorRowView> Monitors)
{
    public string? Owner { get; init; }

    public string? Description { get; init; }

    public string? Reference { get; init; }

    public required string Current { get; init; }

    public string? CapturedAt { get; init; }

    public required string DefinedIn { get; init; }

    /// <summary>The dashboard file written for this dataset, relative to the output folder.</summary>
    public required string Dashboard { get; init; }

    /// <summary>The dashboard's Grafana uid.</summary>
    public required string DashboardUid { get; init; }

    public bool HasResults { get; init; }
}
