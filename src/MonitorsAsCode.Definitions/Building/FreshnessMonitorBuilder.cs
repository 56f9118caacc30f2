using System;
using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A freshness monitor: the age of the newest value of a timestamp or date column at the run's as-of instant.</summary>
public sealed class FreshnessMonitorBuilder : MonitorDefinitionBuilder<FreshnessMonitorBuilder>
{
    internal FreshnessMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>Warns when the newest value is older than <paramref name="age"/>.</summary>
    public FreshnessMonitorBuilder Warn(TimeSpan age, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = Threshold.AtMost(age.TotalSeconds) };
        Locations.Set("warn", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Fails when the newest value is older than <paramref name="age"/>.</summary>
    public FreshnessMonitorBuilder Fail(TimeSpan age, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = Threshold.AtMost(age.TotalSeconds) };
        Locations.Set("fail", CallSite.Of(file, line));
        return this;
    }
}
