using MonitorsAsCode.Xunit.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MonitorsAsCode.Xunit.Discovery;

/// <summary>
/// Expands <see cref="MonitorSuite.Monitor"/> into one <see cref="MonitorTestCase"/> per monitor of
/// the suite's directory and C# monitor sets, YAML first, then C# in set order. Reads only the
/// definitions, never the data. When the directory is missing
/// or its definitions cannot run, yields one failing case that says why instead.
/// </summary>
public sealed class MonitorTestCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc/>
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var given = SuiteLocation.Given(testMethod.TestClass.Class);
        var ids = given is null
            ? []
            : SuiteCache.Shared.Definitions(SuiteLocation.Source(testMethod, SuiteLocation.Resolve(SuiteLocation.BaseDirectory(testMethod), given))).MonitorIds;
        if (ids.Count == 0)
        {
            return [new MonitorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, given, monitorId: null)];
        }

        var cases = new List<IXunitTestCase>(ids.Count);
        foreach (var id in ids)
        {
            cases.Add(new MonitorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, given, id));
        }

        return cases;
    }
}
