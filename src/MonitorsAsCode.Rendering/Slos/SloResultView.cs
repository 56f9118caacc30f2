namespace MonitorsAsCode.Rendering.Slos;

/// <summary>An SLO's last result as templates show it; every number already formatted.</summary>
/// <param name="Status">pass, warn, fail, error or skipped.</param>
/// <param name="Label">FAIL, ERROR, WARN, pass or skipped.</param>
/// <param name="Sli">Good over total in the objective's window (<c>99.68%</c>), or <c>-</c>.</param>
/// <param name="BudgetRemaining">The share of the error budget left (<c>67.9%</c>, below zero once the objective is missed), or <c>-</c>.</param>
/// <param name="Summary">The evidence sentence.</param>
internal sealed record SloResultView(string Status, string Label, string Sli, string BudgetRemaining, string Summary)
{
    public bool Failed => Status is "fail" or "error";

    public bool Warned => Status == "warn";

    /// <summary>The share of the error budget spent, or <c>-</c>.</summary>
    public string BudgetConsumed { get; init; } = "-";

    /// <summary>The instant the SLO was evaluated at.</summary>
    public string AsOf { get; init; } = "-";

    /// <summary>Events (or time slices) counted in the window.</summary>
    public string Events { get; init; } = "0";

    /// <summary>Good events (or good time slices) in the window.</summary>
    public string Good { get; init; } = "0";

    /// <summary>The share of the objective's window the data covers.</summary>
    public string Coverage { get; init; } = "-";

    /// <summary>The alerts that would be firing (<c>page, ticket</c>); empty when none.</summary>
    public string Firing { get; init; } = string.Empty;

    /// <summary>The firing alerts in words: <c>page and ticket alerts firing</c>; empty when none.</summary>
    public string FiringSentence { get; init; } = string.Empty;

    /// <summary>Every burn-rate condition, in declaration order.</summary>
    public IReadOnlyList<SloBurnRateView> BurnRates { get; init; } = [];
}
