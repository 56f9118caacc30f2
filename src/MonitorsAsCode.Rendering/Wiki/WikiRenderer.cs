using MonitorsAsCode.Definitions.Datasets;
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
        var files = new List<GeneratedFile>();
        var hasResults = text.Run is not null;
        var rows = new Dictionary<string, MonitorRowView>(StringComparer.Ordinal);
        foreach (var monitor in definitions.Monitors)
        {
            rows[monitor.Id] = Row(text, names, monitor);
        }

        var home = names.HomeLink;
        var datasetRows = new List<DatasetRowView>();
        var sidebarDatasets = new List<SidebarDatasetView>();
        foreach (var dataset in definitions.Datasets)
        {
            var monitors = MonitorsOf(definitions.Monitors, dataset.Id);
            datasetRows.Add(new DatasetRowView(dataset.Id, names.Link("dataset", dataset.Id), dataset.Owner, dataset.Description, monitors.Count));
            var links = new List<LinkView>();
            foreach (var monitor in monitors)
            {
                links.Add(new LinkView(monitor.Id, rows[monitor.Id].Href));
            }

            sidebarDatasets.Add(new SidebarDatasetView(dataset.Id, names.Link("dataset", dataset.Id), links));
        }

        var gateRows = new List<GateRowView>();
        var gateLinks = new List<LinkView>();
        foreach (var gate in definitions.Gates)
        {
            gateRows.Add(new GateRowView(gate.Id, names.Link("gate", gate.Id), gate.Description, gate.Monitors.Count, GateResult(text, names, gate.Id)));
            gateLinks.Add(new LinkView(gate.Id, names.Link("gate", gate.Id)));
        }

        var allRows = new List<MonitorRowView>();
        foreach (var monitor in definitions.Monitors)
        {
            allRows.Add(rows[monitor.Id]);
        }

        var sloRows = new List<SloRowView>();
        var sloLinks = new List<LinkView>();
        foreach (var slo in definitions.Slos)
        {
            var row = SloViews.Row(definitions, text.Run, names, slo);
            sloRows.Add(row);
            sloLinks.Add(new LinkView(slo.Id, row.Href));
        }

        var index = new IndexPage(home, text.DefinitionsName, datasetRows, gateRows, allRows)
        {
            HasResults = hasResults,
            Summary = text.Run is { } run ? StatusText.Summary(run) : null,
            Slos = sloRows,
            SloSummary = text.Run is { Slos.Count: > 0 } sloRun ? StatusText.SloSummary(sloRun) : null,
        };
        files.Add(new GeneratedFile(Folder + names.HomeFile, templates.Render("index.md.hbs", index)));
        if (names.SidebarFile is { } sidebarFile)
        {
            files.Add(new GeneratedFile(Folder + sidebarFile, templates.Render("sidebar.md.hbs", new SidebarPage(home, sidebarDatasets, gateLinks) { Slos = sloLinks })));
        }

        var order = new List<string> { names.HomeFile };
        foreach (var dataset in definitions.Datasets)
        {
            var columns = new List<ColumnView>();
            foreach (var column in dataset.Columns)
            {
                columns.Add(new ColumnView(column.Name, YamlWords.Of(column.Type), YamlWords.Of(YamlWords.Roles, column.Role)));
            }

            var monitors = new List<MonitorRowView>();
            foreach (var monitor in MonitorsOf(definitions.Monitors, dataset.Id))
            {
                monitors.Add(rows[monitor.Id]);
            }

            var page = new DatasetPage(home, dataset.Id, columns, monitors)
            {
                Owner = dataset.Owner,
                Description = dataset.Description,
                Reference = dataset.Snapshots.Reference is { } reference ? text.RelativePath(reference) : null,
                Current = text.RelativePath(dataset.Snapshots.Current),
                CapturedAt = dataset.Snapshots.CapturedAt is { } captured ? ValueFormat.Instant(captured) : null,
                DefinedIn = text.DefinedIn(dataset.Source),
                Dashboard = GrafanaDashboards.FileOf(dataset.Id),
                DashboardUid = GrafanaDashboards.UidOf(dataset.Id),
                HasResults = hasResults,
            };
            Add(files, order, PageNames.File("dataset", dataset.Id), templates.Render("dataset.md.hbs", page));
        }

        foreach (var gate in definitions.Gates)
        {
            var members = new List<MonitorRowView>();
            foreach (var member in gate.Monitors)
            {
                if (rows.TryGetValue(member, out var row))
                {
                    members.Add(row);
                }
            }

            var gateSlos = new List<GateSloRowView>();
            var verdicts = text.Run?.Gates.FirstOrDefault(g => string.Equals(g.Id, gate.Id, StringComparison.Ordinal))?.SloVerdicts ?? [];
            foreach (var sloId in gate.Slos.Distinct(StringComparer.Ordinal))
            {
                if (definitions.Slos.FirstOrDefault(s => string.Equals(s.Id, sloId, StringComparison.Ordinal)) is { } slo)
                {
                    gateSlos.Add(new GateSloRowView(SloViews.Row(definitions, text.Run, names, slo), SloViews.Requirement(gate, slo.Id))
                    {
                        Reason = verdicts.FirstOrDefault(v => string.Equals(v.SloId, slo.Id, StringComparison.Ordinal))?.Reason,
                    });
                }
            }

            var page = new GatePage(home, gate.Id, members)
            {
                Description = gate.Description,
                DefinedIn = text.DefinedIn(gate.Source),
                HasResults = hasResults,
                Result = GateResult(text, names, gate.Id),
                Slos = gateSlos,
            };
            Add(files, order, PageNames.File("gate", gate.Id), templates.Render("gate.md.hbs", page));
        }

        foreach (var monitor in definitions.Monitors)
        {
            Add(files, order, PageNames.File("monitor", monitor.Id), templates.Render("monitor.md.hbs", Page(text, names, monitor, hasResults)));
        }

        foreach (var slo in definitions.Slos)
        {
            Add(files, order, PageNames.File("slo", slo.Id), templates.Render("slo.md.hbs", SloViews.Page(text, names, slo)));
        }

        if (names.Flavour == WikiFlavour.AzureDevOps)
        {
            var lines = new List<string>();
            foreach (var file in order)
            {
                lines.Add(file[..^".md".Length]);
            }

            files.Add(new GeneratedFile(Folder + ".order", string.Join("\n", lines) + "\n"));
        }

        return files;
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
            Result = text.ResultOf(monitor.Id) is { } result ? DefinitionText.View(result) : null,
            Runbook = text.Runbook(monitor),
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
