using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>A dataset in the sidebar, with the links to its monitors.</summary>
internal sealed record SidebarDatasetView(string Id, string Href, IReadOnlyList<LinkView> Monitors);
