namespace MonitorsAsCode.Testing;

/// <summary>
/// The fraud-scoring dataset that the definition rules are tested against, as YAML: once here, so the YAML rule
/// tests and the analyzer's rule tests (the same rules reported in a C# build) read the very same dataset.
/// </summary>
internal static class FraudScoringDefinitions
{
    /// <summary>A reference and a current snapshot, and columns of each kind.</summary>
    public const string DatasetYaml = """
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
}
