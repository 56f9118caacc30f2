using System.Reflection;
using MonitorsAsCode.Definitions.Building;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// The <see cref="MonitorSet"/>s of compiled assemblies given with <c>--assembly</c>: each assembly is loaded in
/// its own <see cref="MonitorSetLoadContext"/>, and every way that can fail is a <see cref="UserError"/> naming the file.
/// </summary>
internal static class MonitorSetAssemblies
{
    /// <summary>Instances of every <see cref="MonitorSet"/> of <paramref name="paths"/>, in the order given, each set's <c>Define</c> guarded.</summary>
    public static IReadOnlyList<MonitorSet> Load(IEnumerable<string> paths)
    {
        var sets = new List<MonitorSet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (seen.Add(full))
            {
                sets.AddRange(Load(path, full));
            }
        }

        return sets;
    }

    private static IEnumerable<MonitorSet> Load(string path, string full)
    {
        if (Directory.Exists(full))
        {
            throw new UserError($"--assembly '{path}' is a directory; give the compiled .dll that holds the MonitorSet classes", ExitCodes.InvalidDefinitions);
        }

        if (!File.Exists(full))
        {
            throw new UserError($"--assembly '{path}' does not exist; build the project that holds the MonitorSet classes and give its .dll", ExitCodes.InvalidDefinitions);
        }

        Assembly assembly;
        IReadOnlyList<Type> types;
        try
        {
            assembly = new MonitorSetLoadContext(full).LoadFromAssemblyPath(full);
            types = MonitorSetLoader.FindMonitorSets(assembly);
        }
        catch (BadImageFormatException)
        {
            throw new UserError($"--assembly '{path}' is not a .NET assembly", ExitCodes.InvalidDefinitions);
        }
        catch (ReflectionTypeLoadException exception)
        {
            var first = exception.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? exception.Message;
            throw new UserError($"cannot load the types of '{path}': {first}; are its dependencies in the same folder (build output, not obj/)?", ExitCodes.InvalidDefinitions);
        }
        catch (Exception exception) when (exception is FileLoadException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot load '{path}': {exception.Message}", ExitCodes.InvalidDefinitions);
        }

        var sets = new List<MonitorSet>();
        foreach (var type in types)
        {
            MonitorSet set;
            try
            {
                // FindMonitorSets only returns concrete MonitorSet types with a public parameterless constructor.
                set = (MonitorSet)Activator.CreateInstance(type)!;
            }
            catch (TargetInvocationException exception)
            {
                throw new UserError($"MonitorSet '{type.FullName}' in '{path}' failed in its constructor: {(exception.InnerException ?? exception).Message}", ExitCodes.InvalidDefinitions);
            }

            sets.Add(new GuardedSet(set, type, path));
        }

        return sets;
    }

    /// <summary>Runs a user's <c>Define</c>, turning what it throws into a user error that names the set and the file.</summary>
    private sealed class GuardedSet(MonitorSet inner, Type type, string path) : MonitorSet
    {
        public override void Define(MonitorBuilder m)
        {
            try
            {
                inner.Define(m);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new UserError($"MonitorSet '{type.FullName}' in '{path}' failed while declaring its definitions: {exception.Message}", ExitCodes.InvalidDefinitions);
            }
        }
    }
}
