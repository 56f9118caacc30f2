using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>sidebar.sbn-md</c>: links to every page, monitors grouped under their dataset.</summary>
internal sealed record SidebarPage(string Home, IReadOnlyList<SidebarDatasetView> Datasets, IReadOnlyList<LinkView> Gates)
{
    /// <summary>Links to the SLO pages, in definition order.</summary>
    public IReadOnlyList<LinkView> Slos { get; init; } = [];
}
