using System.Collections.Concurrent;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Xunit.Running;

/// <summary>
/// Loads and runs each definitions directory at most once per process, whichever test case asks
/// first and however many ask at once, so a snapshot is read once per test run rather than once per
/// monitor. Nothing here throws: every way a directory can go wrong becomes a problem text.
/// </summary>
internal sealed class SuiteCache(Func<string, ISnapshotReader>? openSnapshot = null)
{
    private readonly ConcurrentDictionary<string, Lazy<SuiteDefinitions>> definitions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SuiteRun>> runs = new(StringComparer.Ordinal);

    /// <summary>The cache every suite of the process shares.</summary>
    public static SuiteCache Shared { get; } = new();

    /// <summary>The definitions under <paramref name="directory"/> (a full path).</summary>
    public SuiteDefinitions Definitions(string directory) =>
        definitions.GetOrAdd(directory, key => new Lazy<SuiteDefinitions>(() => Load(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The result of running every monitor under <paramref name="directory"/> (a full path).</summary>
    public SuiteRun Run(string directory) =>
        runs.GetOrAdd(directory, key => new Lazy<SuiteRun>(() => Execute(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static SuiteDefinitions Load(string directory)
    {
        if (File.Exists(directory))
        {
            return new SuiteDefinitions(directory, null, $"'{directory}' is a file; [MonitorsDirectory] must name the directory that holds the *.yaml definitions");
        }

        if (!Directory.Exists(directory))
        {
            return new SuiteDefinitions(directory, null, $"monitors directory '{directory}' does not exist");
        }

        try
        {
            var loaded = YamlDefinitionLoader.LoadDirectory(directory);
            if (loaded.Files.Count == 0)
            {
                return new SuiteDefinitions(directory, loaded, $"no *.yaml or *.yml definitions under '{directory}'");
            }

            if (loaded.HasErrors)
            {
                var errors = loaded.Diagnostics.Count(d => d.IsError);
                var lines = string.Join("\n", loaded.Diagnostics.Select(d => d.ToString()));
                return new SuiteDefinitions(directory, loaded, $"invalid definitions under '{directory}': {errors} error(s); nothing was run\n{lines}");
            }

            if (loaded.Definitions.Monitors.Count == 0)
            {
                return new SuiteDefinitions(directory, loaded, $"the definitions under '{directory}' declare no monitors");
            }

            return new SuiteDefinitions(directory, loaded, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new SuiteDefinitions(directory, null, $"cannot read the definitions under '{directory}': {exception.Message}");
        }
    }

    private SuiteRun Execute(string directory)
    {
        var suite = Definitions(directory);
        if (suite.Problem is not null || suite.Loaded is null)
        {
            return new SuiteRun(null, suite.Problem ?? $"no definitions under '{directory}'");
        }

        try
        {
            return new SuiteRun(new MonitorRunner(openSnapshot).Run(suite.Loaded.Definitions), null);
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
