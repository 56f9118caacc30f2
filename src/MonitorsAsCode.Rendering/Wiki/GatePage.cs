using MonitorsAsCode.Rendering.Site;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>gate.sbn-md</c>: a gate, its member monitors and SLOs, and its last verdict.</summary>
internal sealed record GatePage(string Home, string Id, IReadOnlyList<MonitorRowView> Monitors)
{
    public string? Description { get; init; }

    public required string DefinedIn { get; init; }

    public bool HasResults { get; init; }

    public GateResultView? Result { get; init; }

    /// <summary>The SLOs the gate requires, each with what the gate asks of it, in gate order.</summary>
    public IReadOnlyList<GateSloRowView> Slos { get; init; } = [];
}
