using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Rendering.Tests.Prometheus;

/// <summary>
/// A valid SLO whose text is full of what Prometheus's Go templates would act on (<c>{{ }}</c>,
/// <c>$value</c>, <c>{{- end -}}</c>, an unclosed <c>{{</c>), quotes, a newline and non-ASCII letters, in
/// labels and annotations at the SLO's and at the alert's level, with a label and an annotation repeated
/// by the alert; and a promtool unit test expecting every one of them back exactly as written.
/// </summary>
internal static class HostileSlo
{
    public const string Yaml = """
        slos:
          - id: availability
            service: checkout
            owner: "team-a {{ $value }} \"q\" ünï"
            description: "{{ .Labels }}"
            indicator:
              prometheus:
                error_query: 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))'
                total_query: 'sum(rate(http_requests_total{job="checkout"}[{{.window}}]))'
            objective: 0.999
            window: 30d
            alerting:
              labels: { team: "{{ $labels.job }} $value", note: "line1\nline2 {{{ x }}}" }
              annotations: { dashboard: "{{ template \"x\" . }}", extra: "${HOME} $$ {{- end -}}" }
              page:
                runbook: "https://runbooks.example.com/{{ .Value }}?q=$value"
                summary: "Budget {{ $value | humanize }} of {{ $labels.sloth_service }}\n$externalLabels {{"
                labels: { team: "{{ .Value }} for the pager" }
                annotations: { dashboard: "page {{ end }}" }
        """;

    /// <summary>From minute 60, 10% of requests fail: at minute 90 the page fires, its labels and annotations as written.</summary>
    public const string UnitTest = """
        rule_files:
          - rules.yaml
        evaluation_interval: 1m
        tests:
          - name: hostile text is shown as written
            interval: 1m
            input_series:
              - series: 'http_requests_total{job="checkout",code="200"}'
                values: '0+1000x60 60000+900x60'
              - series: 'http_requests_total{job="checkout",code="500"}'
                values: '0+0x60 0+100x60'
            alert_rule_test:
              - eval_time: 90m
                alertname: AvailabilityBudgetBurn
                exp_alerts:
                  - exp_labels:
                      severity: page
                      sloth_severity: page
                      team: "{{ .Value }} for the pager"
                      note: "line1\nline2 {{{ x }}}"
                      owner: "team-a {{ $value }} \"q\" ünï"
                      sloth_id: checkout-availability
                      sloth_service: checkout
                      sloth_slo: availability
                    exp_annotations:
                      summary: "Budget {{ $value | humanize }} of {{ $labels.sloth_service }}\n$externalLabels {{"
                      runbook_url: "https://runbooks.example.com/{{ .Value }}?q=$value"
                      dashboard: "page {{ end }}"
                      extra: "${HOME} $$ {{- end -}}"
        """;

    /// <summary>The SLO loaded as <c>monitors validate</c> would: it must load without a diagnostic.</summary>
    public static DefinitionSet Load()
    {
        using var folder = TemporaryDirectory.Create();
        folder.Write("slos.yaml", Yaml);
        var loaded = YamlDefinitionLoader.LoadDirectory(folder.Root);
        loaded.Diagnostics.Should().BeEmpty("the hostile SLO is valid, so its rules must pass promtool");
        return loaded.Definitions;
    }
}
