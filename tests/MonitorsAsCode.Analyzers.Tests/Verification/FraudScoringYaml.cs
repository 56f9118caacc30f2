namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>YAML AdditionalFiles for the rule tests: the fraud-scoring dataset the definition tests use too.</summary>
internal static class FraudScoringYaml
{
    /// <summary>A reference and a current snapshot, and columns of each kind.</summary>
    public const string Dataset = FraudScoringDefinitions.DatasetYaml;

    /// <summary>The diagnostics of <paramref name="monitors"/> given as <c>monitors.yaml</c> next to <see cref="Dataset"/> as <c>datasets.yaml</c>.</summary>
    public static IReadOnlyList<string> DiagnoseMonitors(string monitors) =>
        DefinitionAnalysis.DiagnoseYaml(("datasets.yaml", Dataset), ("monitors.yaml", monitors));
}
