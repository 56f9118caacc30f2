using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A monitor whose value is bad when high (a share, a drift score): warn and fail are upper limits.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class UpperLimitMonitorBuilder<TSelf> : MonitorDefinitionBuilder<TSelf>
    where TSelf : UpperLimitMonitorBuilder<TSelf>
{
    private protected UpperLimitMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>Warns when the value is above <paramref name="limit"/> (equal does not breach).</summary>
    public TSelf Warn(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = Threshold.AtMost(limit) };
        Locations.Set("warn", CallSite.Of(file, line));
        return Self;
    }

    /// <summary>Fails when the value is above <paramref name="limit"/> (equal does not breach).</summary>
    public TSelf Fail(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = Threshold.AtMost(limit) };
        Locations.Set("fail", CallSite.Of(file, line));
        return Self;
    }
}
