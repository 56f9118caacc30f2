using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Slos;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>The model of <c>slo.sbn-md</c>: an SLO, its indicator, objective and windows, its alerts and budget policy, and its last result.</summary>
internal sealed record SloPage(string Home, string Id, string Objective, string Window, string Budgeting, string ErrorBudget, string BudgetPolicy)
{
    public string? Description { get; init; }

    public string? Service { get; init; }

    public string? Owner { get; init; }

    /// <summary>The dataset whose events are counted; null for an SLO measured only by Prometheus queries.</summary>
    public LinkView? Dataset { get; init; }

    /// <summary>Which events are good, as an SLI expression.</summary>
    public string? Good { get; init; }

    /// <summary>Which events count; null counts every event.</summary>
    public string? Total { get; init; }

    /// <summary>The monitor judging each time slice, for a monitor indicator.</summary>
    public LinkView? Monitor { get; init; }

    /// <summary>The length of a time slice (<c>1d</c>), when slices are counted or judged.</summary>
    public string? TimeSlice { get; init; }

    public string? PrometheusGood { get; init; }

    public string? PrometheusError { get; init; }

    public string? PrometheusTotal { get; init; }

    /// <summary>Whether the indicator has Prometheus queries, so the page shows them.</summary>
    public bool HasPrometheus => PrometheusTotal is not null;

    public IReadOnlyList<SloAlertView> Alerts { get; init; } = [];

    /// <summary>Labels on every alert: <c>team=risk-ml</c>.</summary>
    public IReadOnlyList<string> AlertLabels { get; init; } = [];

    /// <summary>When alerts are muted: <c>fraud-scoring-release: tuesday 06:00–06:30 UTC</c>.</summary>
    public IReadOnlyList<string> Maintenance { get; init; } = [];

    public IReadOnlyList<SloGateView> Gates { get; init; } = [];

    /// <summary>Where the dashboard panels are (<c>grafana/fraud-serving.json</c>), or why the SLO has none.</summary>
    public required string Dashboard { get; init; }

    public required string DefinedIn { get; init; }

    public bool HasResults { get; init; }

    public SloResultView? Result { get; init; }

    /// <summary>The runbook of the page alert, else of the ticket alert, resolved as on monitor pages (for <c>{{ include 'runbook' }}</c>).</summary>
    public RunbookView? Runbook { get; init; }
}
