using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Slos;
using MonitorsAsCode.Rendering.Templates;

namespace MonitorsAsCode.Rendering.Wiki;

/// <summary>
/// The wiki: a home page, a navigation page, and one page per dataset, gate, monitor and SLO, under
/// <c>wiki/</c>, with relative links written for the chosen <see cref="WikiFlavour"/>.
/// </summary>
internal static class WikiRenderer
{
    public const string Folder = "wiki/";

    public static IReadOnlyList<GeneratedFile> Render(DefinitionText text, TemplateSet templates, PageNames names)
    {
        var definitions = text.Definitions;
        var rows = new Dictionary<string, MonitorRowView>(StringComparer.Ordinal);
        foreach (var monitor in definitions.Monitors)
        {
            rows[monitor.Id] = Row(text, names, monitor);
        }

        var files = new List<GeneratedFile> { new(Folder + names.HomeFile, templates.Render("index.sbn-md", Index(text, names, rows))) };
        if (names.SidebarFile is { } sidebarFile)
        {
            files.Add(new GeneratedFile(Folder + sidebarFile, templates.Render("sidebar.sbn-md", Sidebar(definitions, names, rows))));
        }

        var order = new List<string> { names.HomeFile };
        foreach (var dataset in definitions.Datasets)
        {
            Add(files, order, PageNames.File("dataset", dataset.Id), templates.Render("dataset.sbn-md", Page(text, names, dataset, rows)));
        }

        foreach (var gate in definitions.Gates)
        {
            Add(files, order, PageNames.File("gate", gate.Id), templates.Render("gate.sbn-md", Page(text, names, gate, rows)));
        }

        foreach (var monitor in definitions.Monitors)
        {
            Add(files, order, PageNames.File("monitor", monitor.Id), templates.Render("monitor.sbn-md", Page(text, names, monitor, text.Run is not null)));
        }

        foreach (var slo in definitions.Slos)
        {
            Add(files, order, PageNames.File("slo", slo.Id), templates.Render("slo.sbn-md", SloViews.Page(text, names, slo)));
        }

        if (names.Flavour == WikiFlavour.AzureDevOps)
        {
            files.Add(OrderFile(order));
        }

        return files;
    }

    /// <summary>The home page: every dataset, gate, monitor and SLO in a table each.</summary>
    private static IndexPage Index(DefinitionText text, PageNames names, Dictionary<string, MonitorRowView> rows)
    {
        var definitions = text.Definitions;
        var datasets = new List<DatasetRowView>();
        foreach (var dataset in definitions.Datasets)
        {
            datasets.Add(new DatasetRowView(dataset.Id, names.Link("dataset", dataset.Id), dataset.Owner, dataset.Description, MonitorsOf(definitions.Monitors, dataset.Id).Count));
        }

        var gates = new List<GateRowView>();
        foreach (var gate in definitions.Gates)
        {
            gates.Add(new GateRowView(gate.Id, names.Link("gate", gate.Id), gate.Description, gate.Monitors.Count, GateResult(text, names, gate.Id)));
        }

        var monitors = new List<MonitorRowView>();
        foreach (var monitor in definitions.Monitors)
        {
            monitors.Add(rows[monitor.Id]);
        }

        var slos = new List<SloRowView>();
        foreach (var slo in definitions.Slos)
        {
            slos.Add(SloViews.Row(definitions, text.Run, names, slo));
        }

        return new IndexPage(names.HomeLink, text.DefinitionsName, datasets, gates, monitors)
        {
            HasResults = text.Run is not null,
            Summary = text.Run is { } run ? Results.StatusWords.Summary(run) : null,
            Slos = slos,
            SloSummary = text.Run is { Slos.Count: > 0 } sloRun ? Results.StatusWords.SloSummary(sloRun) : null,
        };
    }

    /// <summary>The navigation page: links to every page, monitors under their dataset.</summary>
    private static SidebarPage Sidebar(DefinitionSet definitions, PageNames names, Dictionary<string, MonitorRowView> rows)
    {
        var datasets = new List<SidebarDatasetView>();
        foreach (var dataset in definitions.Datasets)
        {
            var links = new List<LinkView>();
            foreach (var monitor in MonitorsOf(definitions.Monitors, dataset.Id))
            {
                links.Add(new LinkView(monitor.Id, rows[monitor.Id].Href));
            }

            datasets.Add(new SidebarDatasetView(dataset.Id, names.Link("dataset", dataset.Id), links));
        }

        var gates = new List<LinkView>();
        foreach (var gate in definitions.Gates)
        {
            gates.Add(new LinkView(gate.Id, names.Link("gate", gate.Id)));
        }

        var slos = new List<LinkView>();
        foreach (var slo in definitions.Slos)
        {
            slos.Add(new LinkView(slo.Id, names.Link("slo", slo.Id)));
        }

        return new SidebarPage(names.HomeLink, datasets, gates) { Slos = slos };
    }

    private static DatasetPage Page(DefinitionText text, PageNames names, DatasetDefinition dataset, Dictionary<string, MonitorRowView> rows)
    {
        var columns = new List<ColumnView>();
        foreach (var column in dataset.Columns)
        {
            columns.Add(new ColumnView(column.Name, YamlWords.Of(column.Type), YamlWords.Of(YamlWords.Roles, column.Role)));
        }

        var monitors = new List<MonitorRowView>();
        foreach (var monitor in MonitorsOf(text.Definitions.Monitors, dataset.Id))
        {
            monitors.Add(rows[monitor.Id]);
        }

        return new DatasetPage(names.HomeLink, dataset.Id, columns, monitors)
        {
            Owner = dataset.Owner,
            Description = dataset.Description,
            Reference = dataset.Snapshots.Reference is { } reference ? text.RelativePath(reference)
                : dataset.Snapshots.ReferenceWindow is { } window ? window.Describe() + ", read from the current source" : null,
            Current = text.RelativePath(dataset.Snapshots.Current),
            CapturedAt = dataset.Snapshots.CapturedAt is { } captured ? ValueFormat.Instant(captured) : null,
            DefinedIn = text.DefinedIn(dataset.Source),
            Dashboard = GrafanaDashboards.FileOf(dataset.Id),
            DashboardUid = GrafanaDashboards.UidOf(dataset.Id),
            HasResults = text.Run is not null,
        };
    }

    private static GatePage Page(DefinitionText text, PageNames names, GateDefinition gate, Dictionary<string, MonitorRowView> rows)
    {
        var definitions = text.Definitions;
        var members = new List<MonitorRowView>();
        foreach (var member in gate.Monitors)
        {
            if (rows.TryGetValue(member, out var row))
            {
                members.Add(row);
            }
        }

        var slos = new List<GateSloRowView>();
        var verdicts = text.Run?.Gates.FirstOrDefault(g => string.Equals(g.Id, gate.Id, StringComparison.Ordinal))?.SloVerdicts ?? [];
        foreach (var sloId in gate.Slos.Distinct(StringComparer.Ordinal))
        {
            if (definitions.Slos.FirstOrDefault(s => string.Equals(s.Id, sloId, StringComparison.Ordinal)) is { } slo)
            {
                slos.Add(new GateSloRowView(SloViews.Row(definitions, text.Run, names, slo), SloViews.Requirement(gate, slo.Id))
                {
                    Reason = verdicts.FirstOrDefault(v => string.Equals(v.SloId, slo.Id, StringComparison.Ordinal))?.Reason,
                });
            }
        }

        return new GatePage(names.HomeLink, gate.Id, members)
        {
            Description = gate.Description,
            DefinedIn = text.DefinedIn(gate.Source),
            HasResults = text.Run is not null,
            Result = GateResult(text, names, gate.Id),
            Slos = slos,
        };
    }

    /// <summary>Azure DevOps orders a wiki's pages by a <c>.order</c> file: the home page, then the pages as written.</summary>
    private static GeneratedFile OrderFile(List<string> order)
    {
        var lines = new List<string>();
        foreach (var file in order)
        {
            lines.Add(file[..^".md".Length]);
        }

        return new GeneratedFile(Folder + ".order", string.Join("\n", lines) + "\n");
    }

    private static void Add(List<GeneratedFile> files, List<string> order, string file, string content)
    {
        files.Add(new GeneratedFile(Folder + file, content));
        order.Add(file);
    }

    private static MonitorPage Page(DefinitionText text, PageNames names, MonitorDefinition monitor, bool hasResults)
    {
        var method = monitor.EffectiveMethod;
        var metric = MetricCatalog.Describe(monitor.Check, monitor.Method);
        var gates = new List<LinkView>();
        foreach (var gate in text.Definitions.Gates)
        {
            if (gate.Monitors.Contains(monitor.Id, StringComparer.Ordinal))
            {
                gates.Add(new LinkView(gate.Id, names.Link("gate", gate.Id)));
            }
        }

        return new MonitorPage(names.HomeLink, monitor.Id, new LinkView(monitor.DatasetId, names.Link("dataset", monitor.DatasetId)), DefinitionText.Check(monitor.Check, monitor.Columns, method), monitor.Columns)
        {
            Description = monitor.Description,
            Method = method is { } m ? YamlWords.Of(m) : null,
            Metric = metric.Name,
            Unit = UnitText(metric.Unit),
            Warn = ValueFormat.Threshold(monitor.Warn, metric.Unit),
            Fail = ValueFormat.Threshold(monitor.Fail, metric.Unit),
            Severity = YamlWords.Of(monitor.Severity),
            SeverityMeaning = DefinitionText.SeverityMeaning(monitor.Severity),
            Owner = monitor.Owner,
            Enabled = monitor.Enabled,
            DefinedIn = text.DefinedIn(monitor.Source),
            Settings = DefinitionText.Settings(monitor),
            Gates = gates,
            HasResults = hasResults,
            Result = text.ResultOf(monitor.Id) is { } result ? text.ViewWithEvents(result) : null,
            Runbook = text.Runbook(monitor),
            Trend = text.Trend(monitor.Id),
        };
    }

    private static MonitorRowView Row(DefinitionText text, PageNames names, MonitorDefinition monitor)
    {
        var method = monitor.EffectiveMethod;
        return new MonitorRowView(
            monitor.Id,
            names.Link("monitor", monitor.Id),
            new LinkView(monitor.DatasetId, names.Link("dataset", monitor.DatasetId)),
            DefinitionText.Check(monitor.Check, monitor.Columns, method),
            YamlWords.Of(monitor.Severity),
            monitor.Owner,
            monitor.Description,
            text.ResultOf(monitor.Id) is { } result ? DefinitionText.View(result) : null);
    }

    private static GateResultView? GateResult(DefinitionText text, PageNames names, string gateId)
    {
        if (text.Run is null)
        {
            return null;
        }

        foreach (var gate in text.Run.Gates)
        {
            if (string.Equals(gate.Id, gateId, StringComparison.Ordinal))
            {
                var blocking = new List<LinkView>();
                foreach (var monitor in gate.Blocking)
                {
                    blocking.Add(new LinkView(monitor, names.Link("monitor", monitor)));
                }

                foreach (var slo in gate.BlockingSlos)
                {
                    blocking.Add(new LinkView("SLO " + slo, names.Link("slo", slo)));
                }

                return new GateResultView(StatusText.Word(gate.Status), StatusText.Label(gate.Status), blocking);
            }
        }

        return null;
    }

    private static List<MonitorDefinition> MonitorsOf(IReadOnlyList<MonitorDefinition> monitors, string datasetId)
    {
        var found = new List<MonitorDefinition>();
        foreach (var monitor in monitors)
        {
            if (string.Equals(monitor.DatasetId, datasetId, StringComparison.Ordinal))
            {
                found.Add(monitor);
            }
        }

        return found;
    }

    private static string UnitText(MetricUnit unit) => unit switch
    {
        MetricUnit.Share => "a share of rows, from 0 to 1",
        MetricUnit.Ratio => "a ratio of row counts",
        MetricUnit.Duration => "a duration",
        MetricUnit.Count => "a count of problems",
        _ => "a drift score",
    };
}
