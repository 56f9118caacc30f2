using System.Text.Json;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Links;
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
        dashboard.Panels.Where(p => p.Type == "timeseries").Select(p => p.Title).Should().BeEquivalentTo(WorkedExample.Definitions.Monitors.Where(m => m.DatasetId == "fraud-scoring").Select(m => m.Id), "a dashboard shows its own dataset's monitors");
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
    public void With_a_runbook_base_url_every_monitor_and_slo_panel_links_to_its_generated_wiki_page()
    {
        var definitions = WorkedExample.Definitions with { LinkBases = [new LinkBaseSetting(LinkBase.Runbooks, "https://wiki.example.com/ml/")] };
        var wikiPages = WorkedExample.Render().Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        var scoring = GrafanaDashboards.Build(definitions, definitions.FindDataset("fraud-scoring")!);
        var serving = GrafanaDashboards.Build(definitions, definitions.FindDataset("fraud-serving")!);

        var monitorPanels = scoring.Panels.Where(p => p.Type == "timeseries").ToList();
        monitorPanels.Should().NotBeEmpty();
        foreach (var panel in monitorPanels)
        {
            var link = panel.Links.Should().ContainSingle().Subject;
            link.Url.Should().Be("https://wiki.example.com/ml/monitor-" + panel.Title);
            wikiPages.Should().Contain("wiki/monitor-" + panel.Title + ".md", "the link opens the page 'monitors render' writes");
            link.TargetBlank.Should().BeTrue();
        }

        serving.Panels.Where(p => p.Title.StartsWith("scoring-latency:", StringComparison.Ordinal)).Should().HaveCount(3)
            .And.OnlyContain(p => p.Links!.Single().Url == "https://wiki.example.com/ml/slo-scoring-latency");
        wikiPages.Should().Contain("wiki/slo-scoring-latency.md");
        scoring.Panels.Where(p => p.Type != "timeseries").Should().OnlyContain(p => p.Links == null, "overview panels and rows belong to no one page");
        GrafanaDashboards.Serialize(scoring).Should().Contain(
            "\"links\": [\n        {\n          \"title\": \"Wiki page of monitor amount-drift: definition and runbook\",\n          \"url\": \"https://wiki.example.com/ml/monitor-amount-drift\",\n          \"targetBlank\": true\n        }\n      ]");
    }

    [Fact]
    public void Without_a_runbook_base_url_no_panel_has_links()
    {
        var definitions = WorkedExample.Definitions;
        definitions.RunbookBaseUrl.Should().BeNull();

        var dashboard = GrafanaDashboards.Build(definitions, definitions.Datasets[0]);

        dashboard.Panels.Should().OnlyContain(p => p.Links == null);
        GrafanaDashboards.Serialize(dashboard).Should().NotContain("\"links\"");
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

    [Fact]
    public void Known_events_of_the_dataset_are_annotations_over_their_exported_series_and_others_are_left_out()
    {
        var dataset = WorkedExample.Definitions.Datasets[0];
        var day = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var definitions = WorkedExample.Definitions with
        {
            Events =
            [
                new KnownEventDefinition("campaign-2026-10", day, day.AddDays(14), EventKind.Campaign, EventEffect.Suppress) { Datasets = [dataset.Id], Description = "Autumn cashback" },
                new KnownEventDefinition("elsewhere", day, day.AddDays(1), EventKind.Outage, EventEffect.Annotate) { Datasets = ["payments"] },
                new KnownEventDefinition("backfill", day, day.AddHours(6), EventKind.Backfill, EventEffect.ExcludeFromBaseline),
            ],
        };

        var annotations = GrafanaDashboards.Build(definitions, dataset).Annotations!.List; // Build sets them when an event touches the dataset

        annotations.Select(a => (a.Name, a.Expr, a.IconColor)).Should().Equal(
            ("Event campaign-2026-10", "max(monitors_check_event{dataset=\"fraud-scoring\", event=\"campaign-2026-10\"})", "red"),
            ("Event backfill", "max(monitors_check_event{dataset=\"fraud-scoring\", event=\"backfill\"})", "orange"));
        annotations[0].TextFormat.Should().Be("campaign, suppress: 2026-10-01 to 2026-10-14. Autumn cashback");
        annotations[1].TextFormat.Should().Be("backfill, exclude-from-baseline: 2026-10-01T00:00:00Z to 2026-10-01T06:00:00Z");
        using var document = JsonDocument.Parse(GrafanaDashboards.Serialize(GrafanaDashboards.Build(definitions, dataset)));
        var list = document.RootElement.GetProperty("annotations").GetProperty("list");
        list[0].GetProperty("datasource").GetProperty("uid").GetString().Should().Be("${datasource}");
        list[0].GetProperty("enable").GetBoolean().Should().BeTrue();
        list[0].GetProperty("iconColor").GetString().Should().Be("red");
        list[0].GetProperty("titleFormat").GetString().Should().Be("campaign-2026-10");
    }

    [Fact]
    public void A_dashboard_without_events_has_no_annotations_key_and_hostile_event_text_stays_inert()
    {
        var dataset = WorkedExample.Definitions.Datasets[0];
        GrafanaDashboards.Serialize(GrafanaDashboards.Build(WorkedExample.Definitions, dataset)).Should().NotContain("annotations");

        var hostile = new KnownEventDefinition("x\"}) or vector(1) #", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), EventKind.Outage, EventEffect.Annotate)
        {
            Description = "<img src=x onerror=alert(1)> [click](javascript:alert(1))",
        };
        var annotation = GrafanaDashboards.Build(WorkedExample.Definitions with { Events = [hostile] }, dataset).Annotations!.List.Single(); // one event touches every dataset

        annotation.Expr.Should().Be("max(monitors_check_event{dataset=\"fraud-scoring\", event=\"x\\\"}) or vector(1) #\"})", "the id is one escaped label value");
        annotation.TextFormat.Should().NotContain("<img").And.Contain("&lt;img").And.Contain("\\[click\\](javascript:", "brackets are escaped, so no link is made");
    }

    [Theory]
    [InlineData(Definitions.History.HistoryStoreKind.Sqlite, "frser-sqlite-datasource")]
    [InlineData(Definitions.History.HistoryStoreKind.Postgres, "grafana-postgresql-datasource")]
    public void A_history_adds_a_row_of_sql_panels_per_monitor_and_leaves_every_other_panel_where_it_was(Definitions.History.HistoryStoreKind kind, string plugin)
    {
        var definitions = WorkedExample.Definitions;
        var dataset = definitions.Datasets[0];
        var before = GrafanaDashboards.Build(definitions, dataset);
        var after = GrafanaDashboards.Build(definitions, dataset, kind);

        static string Json(GrafanaPanel panel) => JsonSerializer.Serialize(panel);
        after.Panels.Take(before.Panels.Count).Select(Json).Should().Equal(before.Panels.Select(Json), "the history row comes after every existing panel, which keep their ids and places");
        var added = after.Panels.Skip(before.Panels.Count).ToList();
        added[0].Should().Match<GrafanaPanel>(p => p.Type == "row" && p.Title == "History");
        var monitors = definitions.Monitors.Where(m => m.DatasetId == dataset.Id).Select(m => m.Id).ToList();
        added.Skip(1).Select(p => p.Title).Should().Equal(monitors.Select(id => id + " over the history"));
        added.Skip(1).Should().OnlyContain(p => p.Datasource!.Type == plugin && p.Datasource.Uid == "${history}" && p.Targets!.Single().Expr == null);
        after.Panels.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        added.Skip(1).Select(p => (p.GridPos.X, p.GridPos.Y)).Should().OnlyHaveUniqueItems("no two history panels overlap");
        added.Skip(1).Min(p => p.GridPos.Y).Should().BeGreaterThan(before.Panels.Max(p => p.GridPos.Y + p.GridPos.H) - 1);
        after.Templating.List.Select(v => (v.Name, v.Type, v.Query)).Should().Equal(("datasource", "datasource", "prometheus"), ("history", "datasource", plugin));

        using var document = JsonDocument.Parse(GrafanaDashboards.Serialize(after));
        var target = document.RootElement.GetProperty("panels").EnumerateArray().Last().GetProperty("targets")[0];
        target.TryGetProperty("expr", out _).Should().BeFalse("a SQL target has no PromQL");
        (kind == Definitions.History.HistoryStoreKind.Postgres ? target.GetProperty("rawSql") : target.GetProperty("queryText")).GetString().Should().StartWith("SELECT ").And.Contain("FROM history_entry");
    }
}

