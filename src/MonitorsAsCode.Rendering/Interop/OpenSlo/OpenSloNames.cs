namespace MonitorsAsCode.Rendering.Interop.OpenSlo;

/// <summary>
/// The annotation keys under which OpenSLO documents carry what OpenSLO has no field for (the
/// dataset, the SLI expressions, the owner, budget thresholds, alert names and maintenance windows),
/// so that a written file reads back into the same SLOs.
/// </summary>
public static class OpenSloNames
{
    /// <summary>The prefix of every MonitorsAsCode annotation.</summary>
    public const string Prefix = "monitorsascode.dev/";

    /// <summary>The metric source type of an SLI measured on a dataset's events.</summary>
    public const string MetricSourceType = "MonitorsAsCode";

    /// <summary>On an SLO: the dataset the SLI is evaluated on.</summary>
    public const string Dataset = Prefix + "dataset";

    /// <summary>On an SLO: who responds.</summary>
    public const string Owner = Prefix + "owner";

    /// <summary>On an SLO: the budget remaining below which it warns.</summary>
    public const string BudgetRemainingWarn = Prefix + "budget-remaining-warn";

    /// <summary>On an SLO: the budget remaining below which it fails.</summary>
    public const string BudgetRemainingFail = Prefix + "budget-remaining-fail";

    /// <summary>On an SLO: the Prometheus alert name.</summary>
    public const string AlertName = Prefix + "alert-name";

    /// <summary>On an SLO: prefix of the labels of every alert (<c>…/alert-label.team</c>).</summary>
    public const string AlertLabel = Prefix + "alert-label.";

    /// <summary>On an SLO: prefix of the annotations of every alert.</summary>
    public const string AlertAnnotation = Prefix + "alert-annotation.";

    /// <summary>On an SLO: prefix of a maintenance window (<c>…/maintenance.weekly-release: saturday 02:00-04:00</c>).</summary>
    public const string Maintenance = Prefix + "maintenance.";

    /// <summary>On an SLI: the good-events expression.</summary>
    public const string Good = Prefix + "good";

    /// <summary>On an SLI: the total-events expression.</summary>
    public const string Total = Prefix + "total";

    /// <summary>On an SLI: the monitor judging each time slice.</summary>
    public const string Monitor = Prefix + "monitor";

    /// <summary>On an alert policy: the runbook.</summary>
    public const string Runbook = Prefix + "runbook";

    /// <summary>On an alert policy: the notification's summary.</summary>
    public const string Summary = Prefix + "summary";
}
