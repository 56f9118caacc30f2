using Xunit;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit;

/// <summary>
/// Marks the method of <see cref="MonitorSuite"/> that expands into one test case per monitor of the
/// suite's <see cref="MonitorsDirectoryAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("MonitorsAsCode.Xunit.Discovery.MonitorTestCaseDiscoverer", "MonitorsAsCode.Xunit")]
public sealed class MonitorFactAttribute : FactAttribute
{
}
