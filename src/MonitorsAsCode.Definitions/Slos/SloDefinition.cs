using System;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// A service level objective: the share of good events (or good time slices) a service promises
/// over a window, which sets the error budget that burn-rate alerts and gates watch.
/// </summary>
/// <param name="Id">Unique id, also the Prometheus <c>sloth_slo</c> label and the OpenSLO name.</param>
/// <param name="Indicator">What is measured.</param>
/// <param name="Objective">The promised share of good events, in (0, 1), such as 0.995.</param>
/// <param name="Window">The window it is promised over.</param>
public sealed record SloDefinition(string Id, SloIndicator Indicator, double Objective, SloWindow Window)
{
    /// <summary>The service the SLO belongs to; defaults to the dataset id where it is needed.</summary>
    public string? Service { get; init; }

    /// <summary>The dataset whose events the SLI is evaluated on; for a monitor indicator, the monitor's.</summary>
    public string? DatasetId { get; init; }

    /// <summary>A sentence for people reading the definitions and generated pages.</summary>
    public string? Description { get; init; }

    /// <summary>Who responds (a team or on-call rotation); alerts are routed on it.</summary>
    public string? Owner { get; init; }

    /// <summary>Whether events or time slices are counted.</summary>
    public BudgetingMethod Budgeting { get; init; } = BudgetingMethod.Occurrences;

    /// <summary>The length of a time slice, for <see cref="BudgetingMethod.Timeslices"/>.</summary>
    public TimeSpan? TimeSlice { get; init; }

    /// <summary>The share of good events that makes a slice good; defaults to <see cref="Objective"/>.</summary>
    public double? TimeSliceTarget { get; init; }

    /// <summary>The SLO warns when less than this share of its budget remains.</summary>
    public double? BudgetRemainingWarn { get; init; }

    /// <summary>The SLO fails when less than this share of its budget remains; null means 0, a missed objective.</summary>
    public double? BudgetRemainingFail { get; init; }

    /// <summary>Burn-rate alerting; null when the SLO does not alert.</summary>
    public SloAlerting? Alerting { get; init; }

    /// <summary>Where the SLO was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>The share of events that may be bad: <c>1 − Objective</c>.</summary>
    public double ErrorBudget => 1 - Objective;
}
