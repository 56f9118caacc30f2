using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Rendering.Tests.Prometheus;

/// <summary>SLO definitions for the rule, routing and OpenSLO tests, loaded from YAML so they are what a user writes.</summary>
internal static class SloRulesExample
{
    /// <summary>
    /// A checkout service: availability measured only in Prometheus (the promtool unit test's SLO), a
    /// latency SLO over a dataset with a good query, custom windows and a maintenance window, and a
    /// drift SLO judged per day, which has no Prometheus rules.
    /// </summary>
    public const string Yaml = """
        datasets:
          - id: checkout-log
            owner: payments
            snapshots: { reference: data/last-month.csv, current: data/checkout.csv }
            columns:
              request_time: { type: timestamp, role: event_time }
              latency_ms:   { type: double }
              status:       { type: int64 }
              score:        { type: double, role: prediction }
        monitors:
          - id: checkout-freshness
            dataset: checkout-log
            check: freshness
            column: request_time
            fail: 1h
            owner: payments-oncall
          - id: score-drift
            dataset: checkout-log
            check: drift
            column: score
            fail: 0.25
            owner: payments-ml
        slos:
          - id: availability
            service: checkout
            owner: team-a
            indicator:
              prometheus:
                error_query: 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))'
                total_query: 'sum(rate(http_requests_total{job="checkout"}[{{.window}}]))'
            objective: 0.999
            window: 30d
            alerting:
              labels: { team: payments }
              page: { runbook: "https://runbooks.example.com/checkout-availability" }
              ticket: { runbook: "https://runbooks.example.com/checkout-availability" }
          - id: latency
            service: checkout
            description: Checkout answers within 300 ms.
            owner: team-a
            dataset: checkout-log
            indicator:
              good: "latency_ms <= 300"
              total: "status < 500"
              prometheus:
                good_query: |
                  sum(rate(http_request_duration_seconds_bucket{job="checkout",le="0.3"}[{{.window}}]))
                total_query: 'sum(rate(http_request_duration_seconds_count{job="checkout"}[{{.window}}]))'
            objective: 0.99
            window: 28d
            budget_remaining: { warn: 0.5, fail: 0.25 }
            alerting:
              name: CheckoutSlow
              annotations: { dashboard: "https://grafana.example.com/d/checkout" }
              page:
                runbook: runbooks/checkout-latency.md
                summary: "Checkout is slow: \"p99\" above 300 ms"
                labels: { pager: primary }
              windows:
                - { severity: page, long: 2h, short: 10m, budget_consumed: 0.04 }
              maintenance:
                - { name: checkout-release, weekdays: [tuesday, thursday], start: "06:00", end: "06:30" }
          - id: predictions-stable
            owner: payments-ml
            indicator: { monitor: score-drift }
            time_slice: 1d
            objective: 0.9
            window: { calendar: month }
            alerting:
              ticket: { runbook: runbooks/drift.md }
              windows:
                - { severity: ticket, long: 7d, short: 1d, budget_consumed: 0.5 }
        """;

    public static DefinitionSet Load()
    {
        var loaded = YamlDefinitionLoader.Load([new KeyValuePair<string, string>("/defs/slos.yaml", Yaml)]);
        loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty("the example definitions must be valid");
        return loaded.Definitions;
    }
}
