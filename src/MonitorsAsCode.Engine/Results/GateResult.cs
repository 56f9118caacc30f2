namespace MonitorsAsCode.Engine.Results;

/// <summary>A gate's verdict: it fails when any of its monitors fails or errors, and warns when any warns.</summary>
public sealed record GateResult(string Id, CheckStatus Status, IReadOnlyList<string> Monitors)
{
    /// <summary>The member monitors that failed or errored, in gate order.</summary>
    public IReadOnlyList<string> Blocking { get; init; } = [];

    /// <summary>The SLOs the gate also requires, in gate order.</summary>
    public IReadOnlyList<string> Slos { get; init; } = [];

    /// <summary>The required SLOs that failed (too little budget left, or paging) or could not be measured, in gate order.</summary>
    public IReadOnlyList<string> BlockingSlos { get; init; } = [];
}
