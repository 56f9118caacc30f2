using MonitorsAsCode.Rendering.Slos;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>An SLO a gate requires: its row, what the gate asks of it, and why it held the gate back in the last run.</summary>
internal sealed record GateSloRowView(SloRowView Slo, string Requirement)
{
    /// <summary>The gate's verdict on the SLO in the last run (<c>12.5% of the error budget left, the gate requires 25.0%</c>); null when it passed or without a run.</summary>
    public string? Reason { get; init; }
}
