using MonitorsAsCode.Definitions.Gates;

namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// A gate's verdict: it fails when any of its monitors fails or errors, and warns when any warns. With a
/// quality requirement, scored members block only through the score (and <c>hard</c> members always block).
/// </summary>
public sealed record GateResult(string Id, CheckStatus Status, IReadOnlyList<string> Monitors)
{
    /// <summary>The member monitors that failed or errored, in gate order.</summary>
    public IReadOnlyList<string> Blocking { get; init; } = [];

    /// <summary>The SLOs the gate also requires, in gate order.</summary>
    public IReadOnlyList<string> Slos { get; init; } = [];

    /// <summary>The required SLOs that failed (too little budget left, or paging) or could not be measured, in gate order.</summary>
    public IReadOnlyList<string> BlockingSlos { get; init; } = [];

    /// <summary>How the gate judged each SLO it requires that was evaluated, in gate order.</summary>
    public IReadOnlyList<GateSloVerdict> SloVerdicts { get; init; } = [];

    /// <summary>Whether the gate's failure fails the run (<c>blocking</c>) or is only reported (<c>advisory</c>).</summary>
    public GateMode Mode { get; init; } = GateMode.Blocking;

    /// <summary>The dataset quality score from 0 to 1 (see <see cref="GateQuality"/>); null without a requirement or without scored members.</summary>
    public double? Quality { get; init; }

    /// <summary>The score the gate requires; null without a quality requirement.</summary>
    public double? QualityMin { get; init; }
}
