namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// How a gate judged one SLO it requires: the SLO's budget remaining against the minimum the gate demands
/// (<c>slos: [{ id, budget_remaining }]</c>), or, without a demand of the gate's own, the SLO's verdict.
/// </summary>
/// <param name="SloId">The SLO.</param>
/// <param name="Status">The SLO's status in this gate's verdict.</param>
public sealed record GateSloVerdict(string SloId, CheckStatus Status)
{
    /// <summary>The share of the error budget the gate requires to be left; null when the gate uses the SLO's own verdict.</summary>
    public double? MinBudgetRemaining { get; init; }

    /// <summary>The SLO's budget remaining at the run's as-of instant; null when it could not be measured.</summary>
    public double? BudgetRemaining { get; init; }

    /// <summary>Why the SLO holds the gate back, for people: <c>32.1% of the error budget left, the gate requires 75%</c>; null when it passes.</summary>
    public string? Reason { get; init; }
}
