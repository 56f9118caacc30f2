using MonitorsAsCode.Rendering.Slos;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>An SLO in the report: what it promises, its result and the burn rates of its alert conditions.</summary>
internal sealed record ReportSloView(string Id, string Anchor, string Objective, string Window, SloResultView Result)
{
    public string? Service { get; init; }

    public string? Owner { get; init; }

    public string? Description { get; init; }

    public string? Runbook { get; init; }

    /// <summary>The thresholds on the budget left: <c>warn below 50%, fail below 25%</c>.</summary>
    public required string Thresholds { get; init; }
}
