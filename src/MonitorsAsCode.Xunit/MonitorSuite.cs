namespace MonitorsAsCode.Xunit;

/// <summary>
/// Derive a class from this and give it <see cref="MonitorsDirectoryAttribute"/>: every monitor of
/// that directory's YAML and of the test assembly's C# <c>MonitorSet</c>s becomes its own xunit test
/// case, named by the monitor's id.
/// </summary>
/// <example>
/// <code>
/// [MonitorsDirectory("../../../../../monitors/fraud-scoring")]
/// public sealed class FraudMonitors : MonitorSuite { }
/// </code>
/// </example>
public abstract class MonitorSuite
{
    /// <summary>
    /// The test method every monitor case hangs from. The cases judge their monitor's result
    /// themselves, so this body never runs.
    /// </summary>
    [MonitorFact]
    public void Monitor()
    {
    }
}
