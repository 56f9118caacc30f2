namespace MonitorsAsCode.Xunit.MixedSuites;

// Suites MonitorsAsCode.Xunit.Tests expands by hand. Internal, so no runner would take them for tests.
// Paths are relative to the folder of this assembly: MonitorsAsCode.Xunit.Tests' output folder, where
// Discovery/suites/** is copied.

/// <summary>YAML monitors and a YAML gate, with this assembly's C# monitor sets (it names none).</summary>
[MonitorsDirectory("Discovery/suites/mixed")]
internal sealed class MixedSuite : MonitorSuite
{
}

/// <summary>YAML that declares a monitor id this assembly's C# set declares too.</summary>
[MonitorsDirectory("Discovery/suites/duplicate")]
internal sealed class DuplicateSuite : MonitorSuite
{
}

/// <summary>A YAML-only suite in an assembly that holds monitor sets: it names none.</summary>
[MonitorsDirectory("Discovery/suites/orders", MonitorSets = new Type[0])]
internal sealed class YamlOnlySuite : MonitorSuite
{
}

/// <summary>A directory for which one of this assembly's sets throws while declaring its monitors.</summary>
[MonitorsDirectory("Discovery/suites/throwing")]
internal sealed class ThrowingSuite : MonitorSuite
{
}
