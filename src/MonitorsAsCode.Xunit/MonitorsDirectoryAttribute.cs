namespace MonitorsAsCode.Xunit;

/// <summary>
/// Where a <see cref="MonitorSuite"/>'s definitions live: a directory of <c>*.yaml</c> / <c>*.yml</c>
/// files, as <c>monitors run</c> takes it. A relative path is resolved against the folder of the
/// compiled test assembly (<c>bin/Debug/net10.0</c>), so from <c>tests/X/</c> five <c>..</c> reach
/// the repository root; an absolute path is used as it is.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MonitorsDirectoryAttribute(string path) : Attribute
{
    /// <summary>The directory as written, relative to the test assembly's folder or absolute.</summary>
    public string Path { get; } = path;
}
