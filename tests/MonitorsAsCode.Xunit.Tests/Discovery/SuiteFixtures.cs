namespace MonitorsAsCode.Xunit.Tests.Discovery;

// Suites the discoverer tests expand by hand. They are internal, so xunit does not discover them in
// this assembly: their failing monitors fail on purpose and must not fail this project's run.
// Paths are relative to the output folder, where Discovery/suites/** is copied.

/// <summary>One monitor per verdict: pass, fail, warn, skipped and error.</summary>
[MonitorsDirectory("Discovery/suites/orders")]
internal sealed class OrdersSuite : MonitorSuite
{
}

/// <summary>Definitions with three validation errors.</summary>
[MonitorsDirectory("Discovery/suites/invalid")]
internal sealed class InvalidSuite : MonitorSuite
{
}

/// <summary>A directory that does not exist.</summary>
[MonitorsDirectory("Discovery/suites/missing")]
internal sealed class MissingSuite : MonitorSuite
{
}

/// <summary>A directory without any *.yaml file.</summary>
[MonitorsDirectory("Discovery/suites/empty/")]
internal sealed class EmptySuite : MonitorSuite
{
}

/// <summary>A suite that forgot its attribute.</summary>
internal sealed class UnplacedSuite : MonitorSuite
{
}

/// <summary>Valid definitions whose current snapshot does not exist.</summary>
[MonitorsDirectory("Discovery/suites/no-data")]
internal sealed class NoDataSuite : MonitorSuite
{
}

/// <summary>The mixed suite's YAML with a C# monitor set of another assembly, named.</summary>
[MonitorsDirectory("Discovery/suites/mixed", MonitorSets = new[] { typeof(MixedSuites.OrdersCountryMonitors) })]
internal sealed class NamedSetSuite : MonitorSuite
{
}

/// <summary>Names a type that is not a monitor set.</summary>
[MonitorsDirectory("Discovery/suites/mixed", MonitorSets = new[] { typeof(string) })]
internal sealed class NotASetSuite : MonitorSuite
{
}
