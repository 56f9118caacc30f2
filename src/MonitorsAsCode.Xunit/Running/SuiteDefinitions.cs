using MonitorsAsCode.Definitions;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>
/// A suite's definitions as loaded from its directory, or why they cannot run: the directory is
/// missing or holds no definitions, they are invalid, or they declare no monitor.
/// </summary>
internal sealed record SuiteDefinitions(string Directory, LoadedDefinitions? Loaded, string? Problem)
{
    /// <summary>The monitor ids in declaration order; empty when there is a problem.</summary>
    public IReadOnlyList<string> MonitorIds =>
        Problem is null && Loaded is not null ? [.. Loaded.Definitions.Monitors.Select(m => m.Id)] : [];
}
