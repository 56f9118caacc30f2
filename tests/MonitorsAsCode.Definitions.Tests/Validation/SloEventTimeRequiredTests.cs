using MonitorsAsCode.Definitions.Tests.Yaml;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class SloEventTimeRequiredTests
{
    private const string Untimed = """
        datasets:
          - id: fraud-serving
            snapshots: { current: data/serving.csv }
            columns:
              request_time: { type: timestamp }
              latency_ms:   { type: double }
        monitors:
          - id: latency-nulls
            dataset: fraud-serving
            check: completeness
            column: latency_ms
            fail: 0.01
        """;

    [Fact]
    public void An_expression_slo_on_a_dataset_without_event_time_is_reported_at_its_dataset()
    {
        Diagnose("""
            slos:
              - id: latency
                dataset: fraud-serving
                indicator: { good: "latency_ms <= 120" }
                objective: 0.99
                window: 28d
            """).Should().Equal(
            "slos.yaml(3,14): error MAC0020: SLO 'latency' is measured over time windows, but dataset 'fraud-serving' declares no column with role event_time");
    }

    [Fact]
    public void A_monitor_slo_on_a_dataset_without_event_time_is_reported_at_its_monitor()
    {
        Diagnose("""
            slos:
              - id: complete
                indicator: { monitor: latency-nulls }
                time_slice: 1h
                objective: 0.99
                window: 28d
            """).Should().Equal(
            "slos.yaml(3,27): error MAC0020: SLO 'complete' is measured over time windows, but dataset 'fraud-serving' declares no column with role event_time");
    }

    [Fact]
    public void An_slo_measured_only_by_prometheus_needs_no_event_time()
    {
        Diagnose("""
            slos:
              - id: availability
                indicator: { prometheus: { error_query: e, total_query: t } }
                objective: 0.99
                window: 28d
            """).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.SloEventTimeRequired);
    }

    private static IReadOnlyList<string> Diagnose(string slos) =>
        YamlDefinitionLoaderTests.Load(("datasets.yaml", Untimed), ("slos.yaml", slos)).Diagnostics.Select(d => d.ToString()).ToList();
}
