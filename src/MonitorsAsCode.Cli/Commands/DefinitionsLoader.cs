using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>Loads a definitions directory for a command, turning the ways it can go wrong into user errors.</summary>
internal static class DefinitionsLoader
{
    /// <summary>
    /// The YAML of <paramref name="directory"/> with the <c>MonitorSet</c>s of <paramref name="assemblies"/>, validated
    /// as one set. With <paramref name="build"/>, the directory's single <c>*.csproj</c> is built first and its output
    /// loaded too (<paramref name="progress"/> is told so). Nothing is ever built otherwise: a directory holding C#
    /// and given no assembly is a user error that says how to opt in, rather than a run without its C# monitors.
    /// Files the definitions name must lie inside <paramref name="directory"/> or one of <paramref name="dataRoots"/> (MAC0024).
    /// </summary>
    public static LoadedDefinitions Load(string directory, IReadOnlyList<string> assemblies, bool build, TextWriter progress, IReadOnlyList<string>? dataRoots = null) =>
        Confined(directory, dataRoots, () => Load(directory, assemblies, build, progress, yamlBesideUnbuiltCSharp: false, out _));

    /// <summary>
    /// As <see cref="Load(string, IReadOnlyList{string}, bool, TextWriter, IReadOnlyList{string})"/> without building, for <c>monitors validate</c>:
    /// when the directory holds C# and no assembly is given, its YAML is loaded alone (ids the C# may declare are
    /// not called missing) and <paramref name="uncheckedCSharp"/> names the C# files that were not compiled or checked.
    /// </summary>
    public static LoadedDefinitions LoadWithoutBuilding(string directory, IReadOnlyList<string> assemblies, out IReadOnlyList<string> uncheckedCSharp, IReadOnlyList<string>? dataRoots = null)
    {
        IReadOnlyList<string> found = [];
        var loaded = Confined(directory, dataRoots, () => Load(directory, assemblies, build: false, TextWriter.Null, yamlBesideUnbuiltCSharp: true, out found));
        uncheckedCSharp = found;
        return loaded;
    }

    /// <summary>The message for C# that was found and not built, with both ways to opt in.</summary>
    public static string NotBuilt(string directory, IReadOnlyList<string> csharp) =>
        $"'{directory}' holds C# definitions ({CSharpSources.Names(csharp)}) that were not built, so its MonitorSets were not loaded. "
        + "Building runs the project's own code (MSBuild targets, MonitorSets), so it is opt-in: pass --build to build its *.csproj "
        + "on a trusted checkout, or --assembly PATH.dll to load an assembly your own build produced";

    // Every file the definitions name is judged against the directory and the data roots; a refused definitions file
    // stops the load before it is read.
    private static LoadedDefinitions Confined(string directory, IReadOnlyList<string>? dataRoots, Func<LoadedDefinitions> load)
    {
        foreach (var root in dataRoots ?? [])
        {
            if (!Directory.Exists(root))
            {
                throw new UserError($"--data-root '{root}' is not a directory", ExitCodes.InvalidDefinitions);
            }
        }

        LoadedDefinitions loaded;
        try
        {
            loaded = load();
        }
        catch (DefinitionFileRefusedException refused)
        {
            throw new UserError(refused.Message, ExitCodes.InvalidDefinitions);
        }

        return DataRootCheck.Apply(loaded, new DataRoots(directory, dataRoots));
    }

    private static LoadedDefinitions Load(string directory, IReadOnlyList<string> assemblies, bool build, TextWriter progress, bool yamlBesideUnbuiltCSharp, out IReadOnlyList<string> uncheckedCSharp)
    {
        uncheckedCSharp = [];
        if (File.Exists(directory))
        {
            throw new UserError($"'{directory}' is a file; give the directory that holds the *.yaml definitions", ExitCodes.InvalidDefinitions);
        }

        if (!Directory.Exists(directory))
        {
            throw new UserError($"definitions directory '{directory}' does not exist", ExitCodes.InvalidDefinitions);
        }

        var root = directory.TrimEnd('/', '\\');
        if (build)
        {
            var project = MonitorsProjectBuild.FindProject(directory)
                ?? throw new UserError($"--build needs exactly one *.csproj directly in '{directory}'; build your project yourself and pass --assembly PATH.dll", ExitCodes.InvalidDefinitions);
            assemblies = [MonitorsProjectBuild.Build(project, progress), .. assemblies];
        }

        if (assemblies.Count == 0)
        {
            var csharp = CSharpSources.Find(directory);
            if (csharp.Count > 0 && !yamlBesideUnbuiltCSharp)
            {
                throw new UserError(NotBuilt(directory, csharp), ExitCodes.InvalidDefinitions);
            }

            var files = YamlDefinitionLoader.ReadDirectory(root);
            if (files.Count == 0)
            {
                var hint = csharp.Count > 0
                    ? $"; its C# definitions ({CSharpSources.Names(csharp)}) were not checked: validate never builds, pass --assembly PATH.dll to load an assembly your own build produced"
                    : string.Empty;
                throw new UserError($"no *.yaml or *.yml definitions under '{directory}'{hint}", ExitCodes.InvalidDefinitions);
            }

            uncheckedCSharp = csharp;
            return csharp.Count > 0
                ? YamlDefinitionLoader.Load(files, DefinitionSet.Empty, referencesMayBeMissing: true)
                : YamlDefinitionLoader.Load(files);
        }

        var sets = MonitorSetAssemblies.Load(assemblies);
        var yaml = YamlDefinitionLoader.ReadDirectory(root);
        if (yaml.Count == 0 && sets.Count == 0)
        {
            throw new UserError($"no *.yaml or *.yml definitions under '{directory}' and no MonitorSet in {string.Join(", ", assemblies.Select(a => "'" + a + "'"))}", ExitCodes.InvalidDefinitions);
        }

        return MonitorSetLoader.LoadWithYaml(yaml, sets, root);
    }
}
