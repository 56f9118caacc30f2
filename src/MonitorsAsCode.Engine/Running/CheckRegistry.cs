using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Checks;

namespace MonitorsAsCode.Engine.Running;

/// <summary>The check implementation for each <see cref="CheckKind"/>.</summary>
internal static class CheckRegistry
{
    private static readonly Dictionary<CheckKind, MonitorCheck> Checks = Build(
        new SchemaCheck(),
        new CompletenessCheck(),
        new ValidityCheck(),
        new UniquenessCheck(),
        new VolumeCheck(),
        new FreshnessCheck(),
        new DriftCheck(),
        new LabelCoverageCheck(),
        new PerformanceCheck());

    /// <summary>The check for <paramref name="kind"/>.</summary>
    public static MonitorCheck For(CheckKind kind) => Checks[kind];

    private static Dictionary<CheckKind, MonitorCheck> Build(params MonitorCheck[] checks)
    {
        var map = new Dictionary<CheckKind, MonitorCheck>();
        foreach (var check in checks)
        {
            map.Add(check.Kind, check);
        }

        foreach (var kind in Enum.GetValues<CheckKind>())
        {
            if (!map.ContainsKey(kind))
            {
                throw new InvalidOperationException($"No check is registered for {kind}.");
            }
        }

        return map;
    }
}
