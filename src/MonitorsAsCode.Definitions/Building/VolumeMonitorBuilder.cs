using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A volume monitor: current rows / reference rows. Thresholds are bands, because too few rows and
/// too many are both bad: <c>.Warn(below: 0.8, above: 1.25)</c>.
/// </summary>
public sealed class VolumeMonitorBuilder : MonitorDefinitionBuilder<VolumeMonitorBuilder>
{
    internal VolumeMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
    }

    /// <summary>Warns when the ratio is below <paramref name="below"/> or above <paramref name="above"/>.</summary>
    public VolumeMonitorBuilder Warn(double? below = null, double? above = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = new Threshold(below, above) };
        Locations.Set("warn", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Fails when the ratio is below <paramref name="below"/> or above <paramref name="above"/>.</summary>
    public VolumeMonitorBuilder Fail(double? below = null, double? above = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = new Threshold(below, above) };
        Locations.Set("fail", CallSite.Of(file, line));
        return this;
    }
}
