using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Engine.Results;

/// <summary>
/// An SLO evaluated on its dataset's events at the as-of instant: the SLI over the objective's
/// window, the error budget spent and remaining, the burn rates of its alert conditions, and a
/// verdict that gates use like a monitor's. Reported in its own list, next to the monitors' results.
/// </summary>
public sealed record SloResult(string SloId, string? DatasetId, CheckStatus Status, Evidence Evidence)
{
    /// <summary>The service the SLO belongs to.</summary>
    public string? Service { get; init; }

    /// <summary>The promised share of good events.</summary>
    public double Objective { get; init; }

    /// <summary>The objective's window as definitions write it (<c>28d</c>, <c>calendar month</c>).</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>Whether events or time slices were counted.</summary>
    public BudgetingMethod Budgeting { get; init; }

    /// <summary>The instant the SLO was evaluated at.</summary>
    public DateTimeOffset AsOf { get; init; }

    /// <summary>Where <see cref="AsOf"/> came from.</summary>
    public AsOfSource AsOfSource { get; init; }

    /// <summary>Where the objective's window starts (exclusive).</summary>
    public DateTimeOffset WindowStart { get; init; }

    /// <summary>The share of the window the data covers: 1 unless the data starts after the window does.</summary>
    public double Coverage { get; init; }

    /// <summary>Events (or time slices) counted in the window.</summary>
    public long TotalEvents { get; init; }

    /// <summary>Good events (or good time slices) in the window.</summary>
    public long GoodEvents { get; init; }

    /// <summary>Good over total; null when the window holds no events.</summary>
    public double? Sli { get; init; }

    /// <summary>The share of events that may be bad: <c>1 − objective</c>.</summary>
    public double ErrorBudget { get; init; }

    /// <summary>The share of the error budget spent: error ratio over the window divided by the error budget.</summary>
    public double? BudgetConsumed { get; init; }

    /// <summary><c>1 − BudgetConsumed</c>: below 0 when the objective is missed. The value gates judge.</summary>
    public double? BudgetRemaining { get; init; }

    /// <summary>The SLO warns when less than this share of its budget remains.</summary>
    public double? BudgetRemainingWarn { get; init; }

    /// <summary>The SLO fails when less than this share of its budget remains.</summary>
    public double BudgetRemainingFail { get; init; }

    /// <summary>Every alert condition, in declaration order.</summary>
    public IReadOnlyList<BurnRateResult> BurnRates { get; init; } = [];

    /// <summary>Who responds.</summary>
    public string? Owner { get; init; }

    /// <summary>The runbook of the page alert, else of the ticket alert.</summary>
    public string? Runbook { get; init; }

    /// <summary>The severities whose alert would be firing at <see cref="AsOf"/>, page first.</summary>
    public IReadOnlyList<AlertSeverity> Firing
    {
        get
        {
            var firing = new List<AlertSeverity>();
            foreach (var severity in new[] { AlertSeverity.Page, AlertSeverity.Ticket })
            {
                foreach (var burn in BurnRates)
                {
                    if (burn.Severity == severity && burn.Firing)
                    {
                        firing.Add(severity);
                        break;
                    }
                }
            }

            return firing;
        }
    }
}
