using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>Loads a definitions directory for a command, turning the ways it can go wrong into user errors.</summary>
internal static class DefinitionsLoader
{
    public static LoadedDefinitions Load(string directory)
    {
        if (File.Exists(directory))
        {
            throw new UserError($"'{directory}' is a file; give the directory that holds the *.yaml definitions", ExitCodes.InvalidDefinitions);
        }

        if (!Directory.Exists(directory))
        {
            throw new UserError($"definitions directory '{directory}' does not exist", ExitCodes.InvalidDefinitions);
        }

        var loaded = YamlDefinitionLoader.LoadDirectory(directory.TrimEnd('/', '\\'));
        if (loaded.Files.Count == 0)
        {
            throw new UserError($"no *.yaml or *.yml definitions under '{directory}'", ExitCodes.InvalidDefinitions);
        }

        return loaded;
    }
}
