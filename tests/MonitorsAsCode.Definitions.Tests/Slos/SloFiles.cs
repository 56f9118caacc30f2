using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Slos;

/// <summary>In-memory definition files for SLO tests: a serving log dataset and the SLOs written next to it.</summary>
internal static class SloFiles
{
    /// <summary>A request log: an event time, a latency, a status, a model version, a flag and a date.</summary>
    public const string Serving = """
        datasets:
          - id: fraud-serving
            snapshots: { current: data/serving.csv }
            columns:
              request_time:  { type: timestamp, role: event_time }
              latency_ms:    { type: double }
              status:        { type: int64 }
              model_version: { type: string, role: model_version }
              cached:        { type: bool }
              served_on:     { type: date }
        """;

    /// <summary><paramref name="slos"/> loaded as <c>slos.yaml</c> next to <see cref="Serving"/> in <c>datasets.yaml</c>.</summary>
    public static LoadedDefinitions Load(string slos) =>
        YamlDefinitionLoaderTests.Load(("datasets.yaml", Serving), ("slos.yaml", slos));

    /// <summary>The diagnostics of <see cref="Load"/>, as the lines a user sees.</summary>
    public static IReadOnlyList<string> Diagnose(string slos) => Load(slos).Diagnostics.Select(d => d.ToString()).ToList();
}
