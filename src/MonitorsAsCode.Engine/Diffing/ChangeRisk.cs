namespace MonitorsAsCode.Engine.Diffing;

/// <summary>What a change to the definitions does to the protection the monitors give.</summary>
public enum ChangeRisk
{
    /// <summary>
    /// Less protection: a loosened threshold, a lowered severity, a removed or disabled monitor, a
    /// monitor taken out of a gate, a removed runbook. A reviewer should look twice.
    /// </summary>
    Risky,

    /// <summary>Neither more nor less protection: an owner, a runbook path, a column or a snapshot path moved.</summary>
    Neutral,

    /// <summary>More protection: a tightened threshold, a raised severity, a new monitor or gate member.</summary>
    Tightening,
}
