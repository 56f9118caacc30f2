using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Engine.Tests.Definitions;

/// <summary>Loads YAML definitions the runner may be given: the test fails if the loader reports anything.</summary>
internal static class ValidDefinitions
{
    /// <summary>
    /// Loads <paramref name="yaml"/> as if it were <c>monitors.yaml</c> in <paramref name="directory"/>,
    /// so relative snapshot paths resolve against that folder.
    /// </summary>
    public static DefinitionSet Load(string directory, string yaml)
    {
        var path = Path.Combine(directory, "monitors.yaml").Replace('\\', '/');
        var loaded = YamlDefinitionLoader.Load([new KeyValuePair<string, string>(path, yaml)]);
        loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty("the test definitions must be valid");
        return loaded.Definitions;
    }
}
