using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>A gate's verdict, with links to the monitors that blocked it.</summary>
internal sealed record ReportGateView(string Id, string Status, string Label, int Monitors, IReadOnlyList<LinkView> Blocking);
