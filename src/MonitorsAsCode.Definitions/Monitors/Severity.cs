namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>How urgently a failing monitor needs a person: it decides routing and whether a runbook is required.</summary>
public enum Severity
{
    /// <summary>Recorded and shown in reports; nobody is notified.</summary>
    Info,

    /// <summary>Someone should look during working hours (a ticket).</summary>
    Investigate,

    /// <summary>Someone must act now (a page); such a monitor must name a runbook.</summary>
    Act,
}
