namespace MonitorsAsCode.Engine.Slos;

/// <summary>
/// The error budget of an objective, as the Google SRE workbook defines it ("Implementing SLOs",
/// "Alerting on SLOs"): the share of events allowed to be bad is <c>1 − objective</c>; the burn rate
/// of an error ratio is how many times faster than that share it spends the budget; over the
/// objective's own window, the budget consumed equals the burn rate and the budget remaining is
/// <c>1 − consumed</c> (Sloth's <c>slo:period_error_budget_remaining:ratio</c>).
/// </summary>
/// <param name="Objective">The promised share of good events, in (0, 1).</param>
public readonly record struct ErrorBudget(double Objective)
{
    /// <summary>The share of events allowed to be bad.</summary>
    public double Allowed => 1 - Objective;

    /// <summary>
    /// <c>errorRatio / (1 − objective)</c>: 1 spends exactly the budget over the window, 14.4 spends
    /// a 30-day budget in a little over two days.
    /// </summary>
    public double BurnRate(double errorRatio) => errorRatio / Allowed;

    /// <summary>The share of the budget left after an error ratio over the whole window; negative when the objective is missed.</summary>
    public double Remaining(double errorRatio) => 1 - BurnRate(errorRatio);
}
