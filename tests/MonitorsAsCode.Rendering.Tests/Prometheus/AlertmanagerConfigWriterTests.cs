using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Rendering.Prometheus;

namespace MonitorsAsCode.Rendering.Tests.Prometheus;

/// <summary>The Alertmanager fragment: routing by owner and severity, grouping by dataset, maintenance mutes and inhibition.</summary>
public sealed class AlertmanagerConfigWriterTests
{
    private static readonly string GoldenPath = Path.Combine(RepositoryCheckout.Root, "tests", "MonitorsAsCode.Rendering.Tests", "Prometheus", "golden", "alertmanager.yaml");

    [Fact]
    [UseCulture("de-DE")]
    public void The_configuration_matches_the_golden_file_byte_for_byte()
    {
        var rendered = AlertmanagerConfigWriter.Render(SloRulesExample.Load());

        if (Environment.GetEnvironmentVariable("MONITORS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, rendered);
        }

        rendered.Should().Be(File.ReadAllText(GoldenPath), "the configuration must match prometheus/golden (regenerate with MONITORS_UPDATE_GOLDEN=1 after an intended change)");
    }

    [Fact]
    public void Alerts_are_grouped_by_dataset_and_routed_to_each_owners_page_and_ticket_receivers()
    {
        var text = AlertmanagerConfigWriter.Render(SloRulesExample.Load());

        text.Should().Contain("route:\n  receiver: monitors-default\n  group_by:\n    - dataset\n    - alertname\n");
        text.Should().Contain("    - matchers:\n        - \"owner=\\\"team-a\\\"\"\n        - \"severity=~\\\"page|act\\\"\"\n      receiver: team-a-page\n");
        text.Should().Contain("    - matchers:\n        - \"owner=\\\"team-a\\\"\"\n        - \"severity=~\\\"ticket|investigate\\\"\"\n      receiver: team-a-ticket\n");
        text.Should().Contain("  - name: payments-oncall-page\n", "the freshness monitor's owner gets receivers too");
        text.Should().Contain("  - name: payments-ml-ticket\n");
    }

    [Fact]
    public void An_slo_with_a_maintenance_window_is_muted_during_it_before_the_owner_routes_apply()
    {
        var text = AlertmanagerConfigWriter.Render(SloRulesExample.Load());

        var muted = text.IndexOf("        - \"sloth_slo=\\\"latency\\\"\"\n        - \"severity=\\\"page\\\"\"\n      receiver: team-a-page\n      group_by:\n        - dataset\n        - alertname\n      mute_time_intervals:\n        - checkout-release\n", StringComparison.Ordinal);
        muted.Should().BePositive();
        muted.Should().BeLessThan(text.IndexOf("owner=\\\"team-a\\\"", StringComparison.Ordinal), "the first matching route wins");
        text.Should().Contain("time_intervals:\n  - name: checkout-release\n    time_intervals:\n      - times:\n          - start_time: \"06:00\"\n            end_time: \"06:30\"\n        weekdays:\n          - tuesday\n          - thursday\n");
    }

    [Fact]
    public void Drift_and_performance_alerts_of_a_dataset_are_inhibited_while_its_freshness_or_schema_monitor_fails()
    {
        var text = AlertmanagerConfigWriter.Render(SloRulesExample.Load());

        text.Should().Contain("inhibit_rules:\n  - source_matchers:\n      - \"check=~\\\"freshness\\\"\"\n    target_matchers:\n      - \"check=~\\\"drift|performance\\\"\"\n    equal:\n      - dataset\n");
    }

    [Fact]
    public void Without_freshness_or_schema_monitors_nothing_is_inhibited_and_without_maintenance_there_are_no_time_intervals()
    {
        var definitions = SloRulesExample.Load();
        var bare = definitions with
        {
            Monitors = [.. definitions.Monitors.Where(m => m.Id != "checkout-freshness")],
            Slos = [.. definitions.Slos.Select(s => s.Alerting is null ? s : s with { Alerting = s.Alerting with { Maintenance = [] } })],
        };

        var text = AlertmanagerConfigWriter.Render(bare);

        text.Should().Contain("inhibit_rules: []\n").And.NotContain("time_intervals");
    }

    [Fact]
    public void Receivers_are_named_after_the_owner_and_severity()
    {
        AlertmanagerConfigWriter.Receiver("risk-ml", AlertSeverity.Page).Should().Be("risk-ml-page");
        AlertmanagerConfigWriter.Receiver("risk-ml", AlertSeverity.Ticket).Should().Be("risk-ml-ticket");
    }
}
