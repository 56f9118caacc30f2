using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Rendering.Interop.OpenSlo;

namespace MonitorsAsCode.Rendering.Tests.Interop.OpenSlo;

/// <summary>OpenSLO written by other tools: imported where it maps, and every field that does not is reported with its position.</summary>
public sealed class OpenSloReaderTests
{
    /// <summary>In the style of the OpenSLO v1 specification's examples: inline and referenced objects, and fields this tool has no place for.</summary>
    private const string Foreign = """
        apiVersion: openslo/v1
        kind: Service
        metadata:
          name: checkout
        spec:
          description: The checkout service
        ---
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: checkout-availability
          displayName: Checkout availability
          labels:
            tier: "1"
        spec:
          service: checkout
          indicator:
            metadata:
              name: checkout-errors
            spec:
              ratioMetric:
                counter: true
                bad:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))
                total:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: sum(rate(http_requests_total[{{.window}}]))
          timeWindow:
            - duration: 30d
              isRolling: true
          budgetingMethod: Occurrences
          objectives:
            - displayName: Good
              target: 0.999
          alertPolicies:
            - kind: AlertPolicy
              metadata:
                name: fast-burn
              spec:
                alertWhenNoData: true
                alertWhenBreaching: true
                conditions:
                  - conditionRef: fast-burn-1h
                notificationTargets:
                  - targetRef: slack-checkout
        ---
        apiVersion: openslo/v1
        kind: AlertCondition
        metadata:
          name: fast-burn-1h
        spec:
          description: Two percent of the budget in an hour
          severity: page
          condition:
            kind: burnrate
            op: gte
            threshold: 14.4
            lookbackWindow: 1h
            alertAfter: 5m
        ---
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: checkout-datadog
        spec:
          service: checkout
          indicatorRef: datadog-sli
          timeWindow:
            - duration: 1M
              calendar:
                startTime: 2022-01-01 12:00:00
                timeZone: America/New_York
          budgetingMethod: RatioTimeslices
          objectives:
            - target: 0.99
        ---
        apiVersion: openslo/v1
        kind: SLI
        metadata:
          name: datadog-sli
        spec:
          thresholdMetric:
            metricSource:
              type: Datadog
              spec:
                query: avg:latency{*}
        """;

    [Fact]
    public void What_maps_is_imported()
    {
        var imported = OpenSloReader.Read("openslo.yaml", Foreign);

        var slo = imported.Slos.Should().ContainSingle().Subject;
        slo.Id.Should().Be("checkout-availability");
        slo.Service.Should().Be("checkout");
        slo.Objective.Should().Be(0.999);
        slo.Window.Should().Be(SloWindow.Rolling(TimeSpan.FromDays(30)));
        slo.Indicator.Prometheus.Should().Be(new PrometheusQueries("sum(rate(http_requests_total[{{.window}}]))") { ErrorQuery = "sum(rate(http_requests_total{code=~\"5..\"}[{{.window}}]))" });
        slo.Alerting!.Page.Should().NotBeNull();
        slo.Alerting.Ticket.Should().BeNull();
        slo.Alerting.Windows.Should().Equal(new BurnRateWindow(AlertSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02));
    }

    [Fact]
    public void Every_field_that_does_not_map_is_reported_with_its_position()
    {
        var imported = OpenSloReader.Read("openslo.yaml", Foreign);

        imported.Issues.Select(i => i.ToString()).Should().Equal(
            "openslo.yaml(1,1): warning: kind 'Service' is not imported; only SLO, SLI, AlertPolicy, AlertCondition are",
            "openslo.yaml(12,16): warning: displayName is not imported",
            "openslo.yaml(14,5): warning: label 'tier' is not imported",
            "openslo.yaml(38,7): warning: unsupported field 'spec.objectives[0].displayName' was not imported",
            "openslo.yaml(45,26): warning: SLO 'checkout-availability': alertWhenNoData of AlertPolicy 'fast-burn' is not supported; burn-rate alerts need data",
            "openslo.yaml(50,24): warning: SLO 'checkout-availability': notification target 'slack-checkout' is not imported; alerts are routed by owner and severity",
            "openslo.yaml(57,3): warning: unsupported field 'spec.description' was not imported",
            "openslo.yaml(61,9): warning: SLO 'checkout-availability': op gte is imported as gt: the alert fires when the burn rate exceeds the threshold",
            "openslo.yaml(76,20): warning: SLO 'checkout-datadog': calendar startTime '2022-01-01 12:00:00' is not supported; weeks start on Monday and months on the first, at 00:00 UTC",
            "openslo.yaml(77,19): warning: SLO 'checkout-datadog': calendar timeZone 'America/New_York' is not supported; periods start at 00:00 UTC",
            "openslo.yaml(78,20): error: SLO 'checkout-datadog': budgetingMethod 'RatioTimeslices' is not supported (Occurrences or Timeslices); the SLO was not imported",
            "openslo.yaml(87,3): error: SLO 'checkout-datadog': its SLI has no Prometheus queries, expressions or monitor this tool can measure; the SLO was not imported",
            "openslo.yaml(88,5): warning: SLO 'checkout-datadog': metric source type 'Datadog' is not supported (MonitorsAsCode monitors for threshold metrics); 'spec.thresholdMetric' was not imported");
        imported.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_position()
    {
        var imported = OpenSloReader.Read("bad.yaml", "apiVersion: openslo/v1\nkind: [SLO\n");

        imported.Slos.Should().BeEmpty();
        imported.Issues.Should().ContainSingle().Which.Should().Match<OpenSloIssue>(i => i.IsError && i.Location!.File == "bad.yaml" && i.Location.Line == 3 && i.Message.StartsWith("invalid YAML: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_window_longer_than_the_longest_duration_is_an_error_not_an_overflow()
    {
        var imported = OpenSloReader.Read("slo.yaml", """
            apiVersion: openslo/v1
            kind: SLO
            metadata: { name: forever }
            spec:
              service: x
              indicator:
                metadata: { name: i }
                spec: { ratioMetric: { counter: true, good: { metricSource: { type: Prometheus, spec: { query: good } } }, total: { metricSource: { type: Prometheus, spec: { query: all } } } } }
              timeWindow: [{ duration: 10675200d, isRolling: true }]
              objectives: [{ target: 0.9, timeSliceWindow: 99999999999w }]
            """);

        imported.Slos.Should().BeEmpty();
        imported.Issues.Select(i => i.ToString()).Should().Equal(
            "slo.yaml(9,16): error: SLO 'forever': timeWindow duration '10675200d' is longer than 36500d (about 100 years), the longest accepted; the SLO was not imported",
            "slo.yaml(10,48): warning: SLO 'forever': timeSliceWindow '99999999999w' is longer than 36500d (about 100 years), the longest accepted; it was not imported");
    }

    [Theory]
    [InlineData("apiVersion: { b: c---\nd }\n")]
    [InlineData("apiVersion: { b\n%YAML 1.1\n: c }\n")]
    public void Yaml_the_parser_fails_on_without_a_yaml_exception_is_an_error_at_its_position(string text)
    {
        var imported = OpenSloReader.Read("bad.yaml", text);

        imported.Slos.Should().BeEmpty();
        imported.Issues.Select(i => i.ToString()).Should().Equal(
            "bad.yaml(2,1): error: invalid YAML: the parser cannot read on from here; look for an unclosed { or [, or a document marker (---, ...) or directive (%) where a value belongs");
    }

    [Fact]
    public void Yaml_nested_twenty_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        var imported = OpenSloReader.Read("deep.yaml", "apiVersion: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        imported.Issues.Select(i => i.ToString()).Should().Equal(
            "deep.yaml(1,140): error: invalid YAML: lists and mappings are nested more than 128 levels deep");
    }

    [Fact]
    public void An_slo_whose_sli_is_missing_is_an_error_naming_the_reference()
    {
        var imported = OpenSloReader.Read("slo.yaml", """
            apiVersion: openslo/v1
            kind: SLO
            metadata: { name: lonely }
            spec:
              service: x
              indicatorRef: nowhere
              timeWindow: [{ duration: 7d, isRolling: true }]
              objectives: [{ target: 0.9 }]
            """);

        imported.Issues.Select(i => i.ToString()).Should().Equal(
            "slo.yaml(5,3): error: SLO 'lonely' refers to SLI 'nowhere', which is not in the file; the SLO was not imported");
    }

    [Fact]
    public void Another_api_version_is_not_read_as_v1()
    {
        var imported = OpenSloReader.Read("old.yaml", "apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: { name: a }\nspec: {}\n");

        imported.Issues.Should().ContainSingle().Which.Should().Be(new OpenSloIssue("apiVersion 'openslo/v1alpha' is not supported; only openslo/v1 objects are imported", new SourceLocation("old.yaml", 1, 1), IsError: true));
    }
}
