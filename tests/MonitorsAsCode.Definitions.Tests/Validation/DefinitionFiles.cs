using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Validation;

/// <summary>Loads in-memory definition files and returns their diagnostics as the lines a user sees.</summary>
internal static class DefinitionFiles
{
    /// <summary>The dataset most rule tests monitor: a reference and a current snapshot, and columns of each kind.</summary>
    public const string FraudScoring = FraudScoringDefinitions.DatasetYaml;

    /// <summary>Every diagnostic of the files, formatted as <c>file(line,col): error MACxxxx: message</c>, in source order.</summary>
    public static IReadOnlyList<string> Diagnose(params (string Path, string Text)[] files) =>
        YamlDefinitionLoaderTests.Load(files).Diagnostics.Select(d => d.ToString()).ToList();

    /// <summary>The diagnostics of <paramref name="monitors"/> loaded next to the <see cref="FraudScoring"/> dataset.</summary>
    public static IReadOnlyList<string> DiagnoseMonitors(string monitors) =>
        Diagnose(("datasets.yaml", FraudScoring), ("monitors.yaml", monitors));
}
