using System.Collections.Concurrent;
using System.Reflection;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>
/// Loads and runs each definitions directory (with its C# monitor sets) at most once per process,
/// whichever test case asks first and however many ask at once, so a snapshot is read once per test run rather than once per
/// monitor. Nothing here throws: every way a directory can go wrong becomes a problem text.
/// </summary>
internal sealed class SuiteCache(Func<string, ISnapshotReader>? openSnapshot = null)
{
    private readonly ConcurrentDictionary<string, Lazy<SuiteDefinitions>> definitions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SuiteRun>> runs = new(StringComparer.Ordinal);

    /// <summary>The cache every suite of the process shares.</summary>
    public static SuiteCache Shared { get; } = new();

    /// <summary>The YAML definitions under <paramref name="directory"/> (a full path), without C#.</summary>
    public SuiteDefinitions Definitions(string directory) => Definitions(new SuiteSource(directory));

    /// <summary>The definitions <paramref name="source"/> names: its directory's YAML with its C# monitor sets.</summary>
    public SuiteDefinitions Definitions(SuiteSource source) =>
        definitions.GetOrAdd(source.Key, _ => new Lazy<SuiteDefinitions>(() => Load(source), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The result of running every YAML monitor under <paramref name="directory"/> (a full path).</summary>
    public SuiteRun Run(string directory) => Run(new SuiteSource(directory));

    /// <summary>The result of running every monitor <paramref name="source"/> names.</summary>
    public SuiteRun Run(SuiteSource source) =>
        runs.GetOrAdd(source.Key, _ => new Lazy<SuiteRun>(() => Execute(source), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static SuiteDefinitions Load(SuiteSource source)
    {
        var directory = source.Directory;
        if (File.Exists(directory))
        {
            return new SuiteDefinitions(directory, null, $"'{directory}' is a file; [MonitorsDirectory] must name the directory that holds the *.yaml definitions");
        }

        if (!Directory.Exists(directory))
        {
            return new SuiteDefinitions(directory, null, $"monitors directory '{directory}' does not exist");
        }

        var (sets, setsProblem) = MonitorSets(source);
        if (setsProblem is not null)
        {
            return new SuiteDefinitions(directory, null, setsProblem);
        }

        try
        {
            var yaml = YamlDefinitionLoader.ReadDirectory(directory);
            if (yaml.Count == 0 && sets.Count == 0)
            {
                return new SuiteDefinitions(directory, null, $"no *.yaml or *.yml definitions under '{directory}'");
            }

            LoadedDefinitions loaded;
            try
            {
                loaded = MonitorSetLoader.LoadWithYaml(yaml, sets, directory);
            }
            catch (Exception exception) when (sets.Count > 0 && exception is not (IOException or UnauthorizedAccessException))
            {
                // Define is the team's own code: whatever it throws is this suite's problem, never the test run's.
                return new SuiteDefinitions(directory, null, $"{Thrower(exception, sets)} threw while declaring its monitors: {exception.GetType().Name}: {exception.Message}");
            }

            // Files the definitions name must lie inside the monitors directory, as for 'monitors run' without --data-root.
            loaded = DataRootCheck.Apply(loaded, new DataRoots(directory));
            if (loaded.HasErrors)
            {
                var errors = loaded.Diagnostics.Count(d => d.IsError);
                var lines = string.Join("\n", loaded.Diagnostics.Select(d => d.ToString()));
                return new SuiteDefinitions(directory, loaded, $"invalid definitions under '{directory}'{Loaded(sets)}: {errors} error(s); nothing was run\n{lines}");
            }

            if (loaded.Definitions.Monitors.Count == 0)
            {
                return new SuiteDefinitions(directory, loaded, $"the definitions under '{directory}'{Loaded(sets)} declare no monitors");
            }

            return new SuiteDefinitions(directory, loaded, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new SuiteDefinitions(directory, null, $"cannot read the definitions under '{directory}': {exception.Message}");
        }
    }

    /// <summary>The monitor sets of <paramref name="source"/>, made, or why they cannot be; user code runs here, so it may throw anything.</summary>
    private static (IReadOnlyList<MonitorSet> Sets, string? Problem) MonitorSets(SuiteSource source)
    {
        IReadOnlyList<Type> types;
        if (source.NamedSets is { } named)
        {
            foreach (var type in named)
            {
                if (!typeof(MonitorSet).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
                {
                    return ([], $"[MonitorsDirectory(MonitorSets = …)] names {type.FullName}, which is not a concrete MonitorSet class with a public parameterless constructor");
                }
            }

            types = named;
        }
        else if (source.TestAssembly is { } assembly)
        {
            try
            {
                types = MonitorSetLoader.FindMonitorSets(assembly);
            }
            catch (ReflectionTypeLoadException exception)
            {
                return ([], $"cannot list the MonitorSet classes of {assembly.GetName().Name}: {exception.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? exception.Message}");
            }
        }
        else
        {
            return ([], null);
        }

        var sets = new List<MonitorSet>(types.Count);
        foreach (var type in types)
        {
            try
            {
                // Checked above, or by FindMonitorSets: a concrete MonitorSet with a public parameterless constructor.
                sets.Add((MonitorSet)Activator.CreateInstance(type)!);
            }
            catch (Exception exception)
            {
                // The team's constructor, or a type Activator cannot make (an open generic): the suite's problem, not the run's.
                var cause = (exception as TargetInvocationException)?.InnerException ?? exception;
                return ([], $"MonitorSet {type.FullName} could not be created: {cause.GetType().Name}: {cause.Message}");
            }
        }

        return (sets, null);
    }

    /// <summary>The set whose code is deepest in <paramref name="exception"/>'s stack, or all of them when none is.</summary>
    private static string Thrower(Exception exception, IReadOnlyList<MonitorSet> sets)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(exception).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            for (; type is not null; type = type.DeclaringType)
            {
                foreach (var set in sets)
                {
                    if (set.GetType() == type)
                    {
                        return "MonitorSet " + type.FullName;
                    }
                }
            }
        }

        return "one of the C# monitor sets " + string.Join(", ", sets.Select(s => s.GetType().FullName));
    }

    /// <summary>Says which C# monitor sets were loaded with the YAML, so a problem in one can be found.</summary>
    private static string Loaded(IReadOnlyList<MonitorSet> sets) =>
        sets.Count == 0 ? string.Empty : " with the C# monitor sets " + string.Join(", ", sets.Select(s => s.GetType().FullName));

    private SuiteRun Execute(SuiteSource source)
    {
        var directory = source.Directory;
        var suite = Definitions(source);
        if (suite.Problem is not null || suite.Loaded is null)
        {
            return new SuiteRun(null, suite.Problem ?? $"no definitions under '{directory}'");
        }

        try
        {
            return new SuiteRun(new MonitorRunner(openSnapshot ?? SnapshotOpening.Within(new DataRoots(directory))).Run(suite.Loaded.Definitions), null);
        }
        catch (SnapshotReadException exception)
        {
            return new SuiteRun(null, $"a snapshot could not be read, so no monitor under '{directory}' was run: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return new SuiteRun(null, $"the monitors under '{directory}' could not be run: {exception.Message}");
        }
    }
}
