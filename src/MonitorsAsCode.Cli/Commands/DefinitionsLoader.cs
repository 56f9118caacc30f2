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
    /// as one set. Without assemblies, a directory holding exactly one <c>*.csproj</c> is built and its output
    /// loaded, unless <paramref name="noBuild"/>; <paramref name="progress"/> is told so. Files the definitions name
    /// must lie inside <paramref name="directory"/> or one of <paramref name="dataRoots"/> (MAC0023).
    /// </summary>
    public static LoadedDefinitions Load(string directory, IReadOnlyList<string> assemblies, bool noBuild, TextWriter progress, IReadOnlyList<string>? dataRoots = null)
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
            loaded = LoadUnchecked(directory, assemblies, noBuild, progress);
        }
        catch (DefinitionFileRefusedException refused)
        {
            throw new UserError(refused.Message, ExitCodes.InvalidDefinitions);
        }

        return DataRootCheck.Apply(loaded, new DataRoots(directory, dataRoots));
    }

    private static LoadedDefinitions LoadUnchecked(string directory, IReadOnlyList<string> assemblies, bool noBuild, TextWriter progress)
    {
        if (File.Exists(directory))
        {
            throw new UserError($"'{directory}' is a file; give the directory that holds the *.yaml definitions", ExitCodes.InvalidDefinitions);
        }

        if (!Directory.Exists(directory))
        {
            throw new UserError($"definitions directory '{directory}' does not exist", ExitCodes.InvalidDefinitions);
        }

        var root = directory.TrimEnd('/', '\\');
        var project = assemblies.Count == 0 && !noBuild ? MonitorsProjectBuild.FindProject(directory) : null;
        if (project is not null)
        {
            assemblies = [MonitorsProjectBuild.Build(project, progress)];
        }

        if (assemblies.Count == 0)
        {
            var loaded = YamlDefinitionLoader.LoadDirectory(root);
            if (loaded.Files.Count == 0)
            {
                var hint = noBuild && MonitorsProjectBuild.FindProject(directory) is not null ? " (--no-build skipped its C# project)" : string.Empty;
                throw new UserError($"no *.yaml or *.yml definitions under '{directory}'{hint}", ExitCodes.InvalidDefinitions);
            }

            return loaded;
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
