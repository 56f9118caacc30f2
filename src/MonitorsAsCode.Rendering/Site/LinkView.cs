namespace MonitorsAsCode.Rendering.Site;

/// <summary>A named link: a page of the wiki, or an anchor of the report.</summary>
internal sealed record LinkView(string Id, string Href);
