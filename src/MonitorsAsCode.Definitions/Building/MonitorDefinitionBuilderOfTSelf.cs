using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>The fields every monitor has, whatever it checks: severity, owner, runbook, description.</summary>
/// <typeparam name="TSelf">The concrete builder, so each call returns it and the chain goes on.</typeparam>
public abstract class MonitorDefinitionBuilder<TSelf> : MonitorDefinitionBuilder
    where TSelf : MonitorDefinitionBuilder<TSelf>
{
    private protected MonitorDefinitionBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>How urgently a failure needs a person; <see cref="Monitors.Severity.Act"/> pages and needs a <see cref="Runbook"/>.</summary>
    public TSelf Severity(Severity severity, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Severity = severity };
        Locations.Set("severity", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Who responds when the monitor fails (a team or on-call rotation).</summary>
    public TSelf Owner(string owner)
    {
        Definition = Definition with { Owner = owner };
        return Self;
    }

    /// <summary>The runbook to follow when the monitor fails: a path or a runbook id.</summary>
    public TSelf Runbook(string runbook, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Runbook = runbook };
        Locations.Set("runbook", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>What the monitor protects, in a sentence.</summary>
    public TSelf Description(string description)
    {
        Definition = Definition with { Description = description };
        return Self;
    }

    /// <summary>Keeps the monitor declared but reports it as skipped.</summary>
    public TSelf Disabled()
    {
        Definition = Definition with { Enabled = false };
        return Self;
    }

    private protected TSelf Self => (TSelf)this;
}
