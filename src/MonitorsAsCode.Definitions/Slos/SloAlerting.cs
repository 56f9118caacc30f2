using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>
/// How an SLO alerts: multi-window burn-rate conditions that page and open tickets, with labels,
/// annotations, runbooks and maintenance windows.
/// </summary>
public sealed record SloAlerting
{
    /// <summary>The Prometheus alert name; derived from the SLO id when absent (<c>scoring-latency</c> → <c>ScoringLatencyBudgetBurn</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Labels on every alert of the SLO, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    /// <summary>Annotations on every alert of the SLO, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Annotations { get; init; } = [];

    /// <summary>The paging alert; null when the SLO never pages.</summary>
    public SloAlert? Page { get; init; }

    /// <summary>The ticket alert; null when the SLO opens no tickets.</summary>
    public SloAlert? Ticket { get; init; }

    /// <summary>The burn-rate conditions; null means <see cref="BurnRateWindow.SreWorkbook"/>.</summary>
    public IReadOnlyList<BurnRateWindow>? Windows { get; init; }

    /// <summary>Recurring windows in which the alerts are muted.</summary>
    public IReadOnlyList<MaintenanceWindow> Maintenance { get; init; } = [];

    /// <summary>The alert of a severity, or null when it is not declared.</summary>
    public SloAlert? For(AlertSeverity severity) => severity == AlertSeverity.Page ? Page : Ticket;

    /// <summary>
    /// The conditions that alert: the declared (or default) windows of every declared severity, in order.
    /// </summary>
    public IReadOnlyList<BurnRateWindow> ActiveWindows()
    {
        var active = new List<BurnRateWindow>();
        foreach (var window in Windows ?? BurnRateWindow.SreWorkbook)
        {
            if (For(window.Severity) is not null)
            {
                active.Add(window);
            }
        }

        return active;
    }
}
