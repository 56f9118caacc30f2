using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A drift monitor: how far a column's current distribution has moved from the reference. Effect sizes
/// and distances (PSI, Jensen-Shannon, Wasserstein) are bad when high: <c>.Warn(0.1).Fail(0.25)</c>.
/// P-value tests (KS, Anderson-Darling, Cramér-von Mises, chi-square, z) are bad when low:
/// <c>.WarnBelow(0.05).FailBelow(0.01)</c>, which is what YAML's <c>warn: 0.05</c> means for them.
/// </summary>
public sealed class DriftMonitorBuilder : UpperLimitMonitorBuilder<DriftMonitorBuilder>
{
    internal DriftMonitorBuilder(MonitorDefinition definition, SourceLocation? location)
        : base(definition, location)
    {
        Locations.Set("method", location);
    }

    /// <summary>Number of quantile bins for numeric columns (default 10, the reference's deciles).</summary>
    public DriftMonitorBuilder Bins(int bins)
    {
        Definition = Definition with { Bins = bins };
        return this;
    }

    /// <summary>Warns when the p-value is below <paramref name="limit"/> (equal does not breach); for p-value methods, where smaller is worse.</summary>
    public DriftMonitorBuilder WarnBelow(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Warn = Threshold.AtLeast(limit) };
        Locations.Set("warn", CallSite.Of(file, line));
        return this;
    }

    /// <summary>Fails when the p-value is below <paramref name="limit"/> (equal does not breach); for p-value methods, where smaller is worse.</summary>
    public DriftMonitorBuilder FailBelow(double limit, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        Definition = Definition with { Fail = Threshold.AtLeast(limit) };
        Locations.Set("fail", CallSite.Of(file, line));
        return this;
    }
}
