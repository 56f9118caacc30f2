namespace MonitorsAsCode.Xunit;

/// <summary>
/// Where a <see cref="MonitorSuite"/>'s definitions live: a directory of <c>*.yaml</c> / <c>*.yml</c>
/// files, as <c>monitors run</c> takes it, loaded together with the C# <c>MonitorSet</c> classes of the
/// test assembly (or those <see cref="MonitorSets"/> names) as one set: ids are unique across both, and a
/// YAML gate may name a C# monitor. A relative path is resolved against the folder of the compiled test
/// assembly (<c>bin/Debug/net10.0</c>), so from <c>tests/X/</c> five <c>..</c> reach the repository root;
/// an absolute path is used as it is. Relative snapshot paths in C# resolve against the directory too.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MonitorsDirectoryAttribute(string path) : Attribute
{
    /// <summary>The directory as written, relative to the test assembly's folder or absolute.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The C# <c>MonitorSet</c> classes this suite loads with the YAML, in this order, from any assembly.
    /// Unset: every concrete <c>MonitorSet</c> of the test assembly with a public parameterless constructor,
    /// by full name. Empty: the YAML only. Set it when one test project holds several suites.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Attribute arguments can only be arrays.")]
    public Type[]? MonitorSets { get; set; }
}
