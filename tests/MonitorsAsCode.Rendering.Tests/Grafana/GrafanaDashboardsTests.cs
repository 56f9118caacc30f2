using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.Metrics;

namespace MonitorsAsCode.Rendering.Tests.Grafana;

public sealed class GrafanaDashboardsTests
{
    [Fact]
    public void The_dashboard_has_a_stable_uid_a_pinned_schema_version_and_a_row_per_monitor_kind()
    {
        var dashboard = GrafanaDashboards.Build(WorkedExample.Definitions, WorkedExample.Definitions.Datasets[0]);

        dashboard.Uid.Should().Be("mac-fraud-scoring");
        dashboard.SchemaVersion.Should().Be(39);
        dashboard.Panels.Where(p => p.Type == "row").Select(p => p.Title).Should().Equal("Overview", "Schema", "Completeness", "Validity", "Uniqueness", "Volume", "Freshness", "Drift");
        dashboard.Panels.Where(p => p.Type == "timeseries").Select(p => p.Title).Should().BeEquivalentTo(WorkedExample.Definitions.Monitors.Select(m => m.Id));
        dashboard.Panels.Select(p => p.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Panels_query_the_exported_metric_of_their_check()
    {
        var dashboard = GrafanaDashboards.Build(WorkedExample.Definitions, WorkedExample.Definitions.Datasets[0]);

        var freshness = dashboard.Panels.Single(p => p.Title == "event-freshness");
        freshness.Targets!.Single().Expr.Should().Be("monitors_freshness_age_seconds{dataset=\"fraud-scoring\", monitor=\"event-freshness\"}");
        freshness.FieldConfig!.Defaults.Unit.Should().Be("s");
        freshness.FieldConfig.Defaults.Thresholds.Steps.Should().Equal(new GrafanaThresholdStep("green", null), new GrafanaThresholdStep("yellow", 86400), new GrafanaThresholdStep("red", 129600));
        dashboard.Panels.Single(p => p.Title == "amount-drift").Targets!.Single().Expr.Should().StartWith(ExportedMetrics.DriftScore.Name + "{");
    }

    [Fact]
    public void A_band_threshold_colours_both_sides()
    {
        var volume = GrafanaDashboards.Build(WorkedExample.Definitions, WorkedExample.Definitions.Datasets[0]).Panels.Single(p => p.Title == "volume");

        volume.FieldConfig!.Defaults.Thresholds.Steps.Should().Equal(
            new GrafanaThresholdStep("red", null), new GrafanaThresholdStep("yellow", 0.5), new GrafanaThresholdStep("green", 0.8),
            new GrafanaThresholdStep("yellow", 1.25), new GrafanaThresholdStep("red", 2));
    }

    [Fact]
    public void Adding_a_monitor_keeps_the_ids_of_every_other_panel()
    {
        var definitions = WorkedExample.Definitions;
        var before = GrafanaDashboards.Build(definitions, definitions.Datasets[0]);
        var added = new MonitorDefinition("aaa-first-completeness", "fraud-scoring", CheckKind.Completeness) { Columns = ["amount"], Fail = Threshold.AtMost(0.1) };
        var after = GrafanaDashboards.Build(definitions with { Monitors = [added, .. definitions.Monitors] }, definitions.Datasets[0]);

        foreach (var panel in before.Panels)
        {
            after.Panels.Single(p => p.Title == panel.Title && p.Type == panel.Type).Id.Should().Be(panel.Id, "panel '{0}' keeps its id", panel.Title);
        }

        after.Panels.Should().HaveCount(before.Panels.Count + 1);
    }

    [Fact]
    public void The_json_is_grafana_shaped_with_camel_case_names_and_null_base_steps()
    {
        var json = GrafanaDashboards.Serialize(GrafanaDashboards.Build(WorkedExample.Definitions, WorkedExample.Definitions.Datasets[0]));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(39);
        root.GetProperty("templating").GetProperty("list")[0].GetProperty("type").GetString().Should().Be("datasource");
        var panel = root.GetProperty("panels").EnumerateArray().First(p => p.GetProperty("type").GetString() == "timeseries");
        panel.GetProperty("gridPos").GetProperty("w").GetInt32().Should().Be(12);
        panel.GetProperty("datasource").GetProperty("uid").GetString().Should().Be("${datasource}");
        panel.GetProperty("fieldConfig").GetProperty("defaults").GetProperty("thresholds").GetProperty("steps")[0].GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        json.Should().EndWith("}\n").And.NotContain("\r");
    }
}
