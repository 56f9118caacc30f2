using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Slos;

/// <summary>An SLO as a row of a list: its page, what it promises and its last result.</summary>
internal sealed record SloRowView(string Id, string Href, string? Service, LinkView? Dataset, string Objective, string Window, string? Owner, SloResultView? Result);
