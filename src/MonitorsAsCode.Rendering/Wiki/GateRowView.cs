using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>A gate as a row of the home page.</summary>
internal sealed record GateRowView(string Id, string Href, string? Description, int Monitors, GateResultView? Result);
