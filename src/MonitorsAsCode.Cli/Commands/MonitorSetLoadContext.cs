using System.Reflection;
using System.Runtime.Loader;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// Loads one assembly of C# definitions with the dependencies beside it (by its <c>.deps.json</c>, else by
/// file name in its folder), apart from the command's own, except MonitorsAsCode.Definitions: that one
/// is the command's, so the assembly's sets derive from the <c>MonitorSet</c> the loader looks for.
/// </summary>
internal sealed class MonitorSetLoadContext : AssemblyLoadContext
{
    private static readonly string SharedAssembly = typeof(Definitions.Building.MonitorSet).Assembly.GetName().Name!; // a loaded assembly always has a name

    private readonly AssemblyDependencyResolver resolver;
    private readonly string folder;

    public MonitorSetLoadContext(string assemblyPath)
        : base("monitors: " + Path.GetFileName(assemblyPath), isCollectible: false)
    {
        resolver = new AssemblyDependencyResolver(assemblyPath);
        folder = Path.GetDirectoryName(assemblyPath) ?? ".";
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, SharedAssembly, StringComparison.Ordinal))
        {
            return null;
        }

        var path = resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null && assemblyName.Name is { } name)
        {
            var beside = Path.Combine(folder, name + ".dll");
            path = File.Exists(beside) ? beside : null;
        }

        // Unresolved names (the framework's) come from the default context.
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
