namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>YAML AdditionalFiles for the rule tests: the same fraud-scoring dataset the definition tests use.</summary>
internal static class FraudScoringYaml
{
    /// <summary>A reference and a current snapshot, and columns of each kind.</summary>
    public const string Dataset = """
        datasets:
          - id: fraud-scoring
            snapshots: { reference: data/reference.csv, current: data/current.csv }
            columns:
              transaction_id: { type: string, role: id }
              event_time:     { type: timestamp, role: event_time }
              amount:         { type: double }
              country:        { type: string }
              score:          { type: double, role: prediction }
        """;

    /// <summary>The diagnostics of <paramref name="monitors"/> given as <c>monitors.yaml</c> next to <see cref="Dataset"/> as <c>datasets.yaml</c>.</summary>
    public static IReadOnlyList<string> DiagnoseMonitors(string monitors) =>
        DefinitionAnalysis.DiagnoseYaml(("datasets.yaml", Dataset), ("monitors.yaml", monitors));
}
