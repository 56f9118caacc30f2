namespace MonitorsAsCode.Engine.Results;

/// <summary>A gate's verdict: it fails when any of its monitors fails or errors, and warns when any warns.</summary>
public sealed record GateResult(string Id, CheckStatus Status, IReadOnlyList<string> Monitors)
{
    /// <summary>The member monitors that failed or errored, in gate order.</summary>
    public IReadOnlyList<string> Blocking { get; init; } = [];
}
