using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>A label-coverage monitor: the share of mature predictions that have a label; warn and fail are lower limits.</summary>
public sealed class LabelCoverageMonitorBuilder : MonitorDefinitionBuilder<LabelCoverageMonitorBuilder>
{
    internal LabelCoverageMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>Warns when fewer than <paramref name="limit"/> of the mature predictions have a label (equal does not breach).</summary>
    public LabelCoverageMonitorBuilder Warn(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = Threshold.AtLeast(limit) };
        Locations.Set("warn", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Fails when fewer than <paramref name="limit"/> of the mature predictions have a label (equal does not breach).</summary>
    public LabelCoverageMonitorBuilder Fail(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = Threshold.AtLeast(limit) };
        Locations.Set("fail", CallSite.Of(file, line));
        return this;
    }
}
