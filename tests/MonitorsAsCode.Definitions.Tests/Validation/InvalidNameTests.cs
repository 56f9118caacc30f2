using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class InvalidNameTests
{
    [Fact]
    public void An_id_holding_a_newline_is_reported_on_one_line_with_the_newline_shown_escaped()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: "volume\nsrc/app.cs(1,1): error CS0001: forged"
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,9): error MAC0023: monitor id 'volume\\nsrc/app.cs(1,1): error CS0001: forged' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines");
        diagnostics.Should().AllSatisfy(d => d.Should().NotContain("\n"));
    }

    [Theory]
    [InlineData("\"a b\"")]
    [InlineData("\"-volume\"")]
    [InlineData("\"a|b\"")]
    [InlineData("\"../volume\"")]
    [InlineData("\"@someone\"")]
    [InlineData("\"a\\e[31mred\"")]
    public void Ids_outside_the_grammar_are_reported_at_the_id(string id)
    {
        var diagnostics = DiagnoseMonitors($$"""
            monitors:
              - id: {{id}}
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
            """);

        diagnostics.Should().ContainSingle().Which.Should().StartWith("monitors.yaml(2,9): error MAC0023: monitor id '");
    }

    [Fact]
    public void Ids_of_letters_digits_dashes_underscores_and_dots_are_accepted()
    {
        DiagnoseMonitors("""
            monitors:
              - id: model_v1.2-volume
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
              - id: Überweisung-2
                dataset: fraud-scoring
                check: volume
                fail: { below: 0.5 }
            """).Should().BeEmpty();
    }

    [Fact]
    public void Dataset_gate_and_slo_ids_and_an_slo_service_follow_the_same_grammar()
    {
        var diagnostics = Diagnose(
            ("datasets.yaml", FraudScoring.Replace("id: fraud-scoring", "id: \"fraud scoring\"", StringComparison.Ordinal)),
            ("gates.yaml", """
                gates:
                  - id: "deploy{{x}}"
                    monitors: []
                """));

        diagnostics.Should().Equal(
            "datasets.yaml(2,9): error MAC0023: dataset id 'fraud scoring' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines",
            "gates.yaml(2,9): error MAC0023: gate id 'deploy{{x}}' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines");
        SloFiles.Diagnose(Slo("service: \"checkout\\nteam\"", string.Empty)).Should().Equal(
            "slos.yaml(3,14): error MAC0023: SLO 'latency': service 'checkout\\nteam' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit; it becomes the sloth_service label and part of rule group names");
    }

    [Fact]
    public void Label_and_annotation_names_prometheus_rejects_are_reported_at_the_name()
    {
        SloFiles.Diagnose(Slo("service: checkout", """
            name: "Latency Burn"
                  labels: { team-name: fraud, __meta: x, 1st: y }
                  ticket: { annotations: { "dash-board": "https://grafana" } }
            """)).Should().Equal(
            "slos.yaml(10,13): error MAC0023: SLO 'latency': alert name 'Latency Burn' may hold only ASCII letters, digits and '_', not starting with a digit or '__'",
            "slos.yaml(11,17): error MAC0023: SLO 'latency': label name 'team-name' in 'alerting.labels' is not a Prometheus label name: it may hold only ASCII letters, digits and '_', not starting with a digit or '__'",
            "slos.yaml(11,35): error MAC0023: SLO 'latency': label name '__meta' in 'alerting.labels' is not a Prometheus label name: it may hold only ASCII letters, digits and '_', not starting with a digit or '__'",
            "slos.yaml(11,46): error MAC0023: SLO 'latency': label name '1st' in 'alerting.labels' is not a Prometheus label name: it may hold only ASCII letters, digits and '_', not starting with a digit or '__'",
            "slos.yaml(12,32): error MAC0023: SLO 'latency': annotation name 'dash-board' in 'alerting.ticket.annotations' is not a Prometheus annotation name: it may hold only ASCII letters, digits and '_', not starting with a digit or '__'");
    }

    [Fact]
    public void Labels_and_annotations_the_generated_alert_sets_itself_are_reported()
    {
        SloFiles.Diagnose(Slo("service: checkout", """
            annotations: { summary: "mine" }
                  page:
                    runbook: runbooks/latency.md
                    labels: { severity: critical }
                    annotations: { runbook_url: "https://wiki" }
            """)).Should().Equal(
            "slos.yaml(10,22): error MAC0023: SLO 'latency': annotation 'summary' in 'alerting.annotations' is set by the generated alert rule itself; write it as 'summary:' under 'page' or 'ticket'",
            "slos.yaml(13,19): error MAC0023: SLO 'latency': label 'severity' in 'alerting.page.labels' is set by the generated alert rule itself (from 'page' or 'ticket'); choose another name",
            "slos.yaml(14,24): error MAC0023: SLO 'latency': annotation 'runbook_url' in 'alerting.page.annotations' is set by the generated alert rule itself; write it as 'runbook:' under 'page' or 'ticket'");
    }

    [Fact]
    public void Names_in_prometheus_grammar_are_accepted_and_text_values_may_hold_anything()
    {
        SloFiles.Diagnose(Slo("service: checkout.api", """
            name: LatencyBudgetBurn
                  labels: { team_name: "{{ $labels.x }}\n@here", _private: "<b>" }
                  ticket: { summary: "{{ .Value }} | ![x](y)", annotations: { dashboard: "$value" } }
            """)).Should().BeEmpty();
    }

    [Fact]
    public void Ids_of_definitions_built_in_csharp_are_checked_too()
    {
        var m = new MonitorBuilder();
        m.Dataset("fraud scoring").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);

        DefinitionValidator.Validate(m.ToDefinitionSet()).Select(d => d.Rule.Id).Should().Equal(RuleIdentifiers.InvalidName);
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.InvalidName);
    }

    private static string Slo(string service, string alerting) => $"""
        slos:
          - id: latency
            {service}
            dataset: fraud-serving
            indicator:
              good: "latency_ms <= 120"
            objective: 0.99
            window: 28d
            alerting:
              {alerting}
        """ + (alerting.Length == 0 ? "  ticket: {}\n" : string.Empty);
}
