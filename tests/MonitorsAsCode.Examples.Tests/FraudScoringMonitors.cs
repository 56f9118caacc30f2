using MonitorsAsCode.Xunit;

namespace MonitorsAsCode.Examples.Tests;

/// <summary>
/// Every monitor of the worked example as its own test case. The path is relative to this
/// project's output folder (bin/Debug/net10.0), five levels below the repository root.
/// </summary>
[MonitorsDirectory("../../../../../monitors/fraud-scoring")]
public sealed class FraudScoringMonitors : MonitorSuite { }
