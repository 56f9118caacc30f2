using MonitorsAsCode.Definitions.Events;
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

    private const string HostileEventId = "sale \"2026\"\n  - name: evil\n    time_intervals: [";

    [Fact]
    public void A_suppressing_event_is_a_time_interval_of_its_exact_days_and_minutes_in_utc()
    {
        var text = AlertmanagerConfigWriter.Render(WithEvents());

        text.Should().Contain(
            "  - name: event:campaign\n    time_intervals:\n"
            + "      - years:\n          - \"2026\"\n        months:\n          - october\n        days_of_month:\n          - \"1\"\n        times:\n          - start_time: \"06:30\"\n            end_time: \"24:00\"\n"
            + "      - years:\n          - \"2026\"\n        months:\n          - october\n        days_of_month:\n          - \"2:31\"\n"
            + "      - years:\n          - \"2026\"\n        months:\n          - november\n        days_of_month:\n          - \"1:3\"\n");
        text.Should().Contain(
            "  - name: event:outage\n    time_intervals:\n      - years:\n          - \"2026\"\n        months:\n          - december\n        days_of_month:\n          - \"24\"\n        times:\n          - start_time: \"23:59\"\n            end_time: \"24:00\"\n"
            + "      - years:\n          - \"2026\"\n        months:\n          - december\n        days_of_month:\n          - \"25\"\n        times:\n          - start_time: \"00:00\"\n            end_time: \"00:02\"\n",
            "seconds round outwards to the minute, so the mute never starts late or ends early");
        text.Should().NotContain("event:launch", "an annotating event mutes nothing");
    }

    [Fact]
    public void The_routes_of_an_events_datasets_are_muted_before_the_owner_routes_and_an_event_for_every_dataset_mutes_the_owner_routes()
    {
        var text = AlertmanagerConfigWriter.Render(WithEvents());

        var datasetRoute = text.IndexOf(
            "    - matchers:\n        - \"owner=\\\"payments-ml\\\"\"\n        - \"severity=~\\\"page|act\\\"\"\n        - \"dataset=\\\"checkout-log\\\"\"\n      receiver: payments-ml-page\n      group_by:\n        - dataset\n        - alertname\n      mute_time_intervals:\n        - event:campaign\n        - event:outage\n",
            StringComparison.Ordinal);
        datasetRoute.Should().BePositive();
        datasetRoute.Should().BeLessThan(text.IndexOf("        - \"owner=\\\"payments-ml\\\"\"\n        - \"severity=~\\\"page|act\\\"\"\n      receiver", StringComparison.Ordinal), "the first matching route wins");
        text.Should().Contain("        - \"severity=~\\\"ticket|investigate\\\"\"\n      receiver: team-a-ticket\n      group_by:\n        - dataset\n        - alertname\n      mute_time_intervals:\n        - event:outage\n");
    }

    [Fact]
    public void The_configuration_with_events_and_a_hostile_event_id_passes_amtool_check_config()
    {
        var definitions = WithEvents();
        definitions = definitions with { Events = [.. definitions.Events, Event(HostileEventId, "2026-12-01", "2026-12-02", EventEffect.Suppress, "checkout-log")] };
        using var folder = TemporaryDirectory.Create();
        folder.Write("alertmanager.yaml", AlertmanagerConfigWriter.Render(definitions));

        var (exitCode, output) = Amtool.Run(folder.Root, "check-config", "alertmanager.yaml");

        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS");
        var rendered = File.ReadAllText(Path.Combine(folder.Root, "alertmanager.yaml"));
        rendered.Split('\n').Count(l => l.StartsWith("  - name: ", StringComparison.Ordinal)).Should().Be(11, "7 receivers and 4 time intervals (a maintenance window, three events): the hostile id adds no entry");
        rendered.Should().Contain("  - name: |-\n      event:sale \"2026\"\n        - name: evil\n", "the id is one literal block, indented under its key");
    }

    [Fact]
    public void The_configuration_without_events_passes_amtool_check_config()
    {
        using var folder = TemporaryDirectory.Create();
        folder.Write("alertmanager.yaml", AlertmanagerConfigWriter.Render(SloRulesExample.Load()));

        var (exitCode, output) = Amtool.Run(folder.Root, "check-config", "alertmanager.yaml");

        exitCode.Should().Be(0, output);
    }

    private static Definitions.DefinitionSet WithEvents() => SloRulesExample.Load() with
    {
        Events =
        [
            Event("campaign", "2026-10-01T06:30:00Z", "2026-11-03", EventEffect.Suppress, "checkout-log"),
            Event("launch", "2026-10-05", "2026-10-06", EventEffect.Annotate, "checkout-log"),
            Event("outage", "2026-12-24T23:59:30Z", "2026-12-25T00:01:10Z", EventEffect.Suppress),
        ],
    };

    private static KnownEventDefinition Event(string id, string from, string to, EventEffect effect, params string[] datasets)
    {
        EventInstant.TryParse(from, isEnd: false, out var start).Should().BeTrue();
        EventInstant.TryParse(to, isEnd: true, out var end).Should().BeTrue();
        return new KnownEventDefinition(id, start, end, EventKind.Campaign, effect) { Datasets = datasets };
    }
}
