using System.Reflection;
using System.Runtime.Loader;

namespace MonitorsAsCode.Benchmarks.Analyzers;

/// <summary>
/// Loads the analyzer as the compiler does: from its own folder, with its netstandard2.0 build of
/// MonitorsAsCode.Definitions beside it, sharing Microsoft.CodeAnalysis (and the rest) with the host.
/// </summary>
internal sealed class AnalyzerLoadContext(string folder) : AssemblyLoadContext("MonitorsAsCode analyzer", isCollectible: false)
{
    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return assemblyName.Name is { } name && name.StartsWith("MonitorsAsCode.", StringComparison.Ordinal) && File.Exists(path)
            ? LoadFromAssemblyPath(path)
            : null;
    }
}
