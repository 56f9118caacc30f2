using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Charts;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Slos;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Report;

/// <summary>
/// The HTML report of a run, one self-contained file (<c>report.html</c>): styles inline, pictures as
/// inline SVG, no scripts, fonts or network, and a content security policy that allows none.
/// </summary>
internal static class HtmlReport
{
    public const string File = "report.html";

    public static GeneratedFile Render(DefinitionText text, RunResult run, TemplateSet templates)
    {
        var statuses = Enum.GetValues<CheckStatus>();
        var datasets = new List<string>();
        foreach (var result in run.Results)
        {
            if (!datasets.Contains(result.DatasetId))
            {
                datasets.Add(result.DatasetId);
            }
        }

        var datasetViews = new List<ReportDatasetView>();
        var problems = new List<LinkView>();
        foreach (var dataset in datasets)
        {
            var results = run.Results.Where(r => string.Equals(r.DatasetId, dataset, StringComparison.Ordinal)).ToList();
            var counts = new List<ReportCountView>();
            foreach (var status in statuses)
            {
                counts.Add(new ReportCountView(StatusText.Word(status), results.Count(r => r.Status == status)));
            }

            var monitors = new List<ReportMonitorView>();
            foreach (var result in results.OrderBy(r => StatusText.Rank(r.Status)))
            {
                var view = Monitor(text, result);
                monitors.Add(view);
                if (result.CountedStatus is CheckStatus.Fail or CheckStatus.Error)
                {
                    problems.Add(new LinkView(result.MonitorId, "#" + view.Anchor));
                }
            }

            datasetViews.Add(new ReportDatasetView(dataset, "dataset-" + PageNames.Slug(dataset), counts, monitors));
        }

        var slos = new List<ReportSloView>();
        foreach (var result in run.Slos.OrderBy(r => StatusText.Rank(r.Status)))
        {
            var definition = text.Definitions.Slos.FirstOrDefault(s => string.Equals(s.Id, result.SloId, StringComparison.Ordinal));
            var warn = result.BudgetRemainingWarn is { } w ? "warn below " + Results.SloText.Percent(w) + ", " : string.Empty;
            slos.Add(new ReportSloView(result.SloId, SloAnchor(result.SloId), Results.SloText.Percent(result.Objective, 4), result.Window, SloViews.View(result))
            {
                Service = result.Service,
                Owner = result.Owner,
                Description = definition?.Description,
                Runbook = result.Runbook,
                Thresholds = warn + "fail below " + Results.SloText.Percent(result.BudgetRemainingFail),
            });
            if (result.Status is CheckStatus.Fail or CheckStatus.Error)
            {
                problems.Add(new LinkView("SLO " + result.SloId, "#" + SloAnchor(result.SloId)));
            }
        }

        var gates = new List<ReportGateView>();
        foreach (var gate in run.Gates)
        {
            var blocking = new List<LinkView>();
            foreach (var monitor in gate.Blocking)
            {
                blocking.Add(new LinkView(monitor, "#" + Anchor(monitor)));
            }

            foreach (var slo in gate.BlockingSlos)
            {
                blocking.Add(new LinkView("SLO " + slo, "#" + SloAnchor(slo)));
            }

            gates.Add(new ReportGateView(gate.Id, StatusText.Word(gate.Status), StatusText.Label(gate.Status), gate.Monitors.Count, blocking));
        }

        var words = new List<string>();
        foreach (var status in statuses)
        {
            words.Add(StatusText.Word(status));
        }

        var page = new ReportPage("Monitoring report: " + text.DefinitionsName, Results.StatusWords.Summary(run), run.HasFailures, words, datasetViews, gates)
        {
            HasProblems = problems.Count > 0,
            Problems = problems,
            Slos = slos,
            SloSummary = run.Slos.Count > 0 ? Results.StatusWords.SloSummary(run) : null,
            Events = RunEvents(text, run),
        };
        return new GeneratedFile(File, templates.Render("report.sbn-html", page));
    }

    private static ReportMonitorView Monitor(DefinitionText text, CheckResult result)
    {
        var definition = text.Definitions.FindMonitor(result.MonitorId);
        var column = result.Columns.Count == 1 ? result.Columns[0] : string.Join(", ", result.Columns);
        return new ReportMonitorView(
            result.MonitorId,
            Anchor(result.MonitorId),
            result.DatasetId,
            DefinitionText.Check(result.Check, result.Columns, result.Method),
            YamlWords.Of(result.Severity),
            text.ViewWithEvents(result))
        {
            Owner = result.Owner,
            Description = definition?.Description,
            Runbook = result.Runbook,
            Gauge = ThresholdChart.Render(result) is { } gauge ? new TemplateMarkup(gauge) : null,
            Chart = result.Distribution is { } distribution && result.Check == CheckKind.Drift ? new TemplateMarkup(DistributionChart.Render(distribution, column)) : null,
            Trend = text.Trend(result.MonitorId),
        };
    }

    /// <summary>Every known event over some result of the run, once, in the order the results first name them.</summary>
    private static List<EventView> RunEvents(DefinitionText text, RunResult run)
    {
        var events = new List<EventView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in run.Results)
        {
            foreach (var view in text.EventsOf(result))
            {
                if (seen.Add(view.Id))
                {
                    events.Add(view);
                }
            }
        }

        return events;
    }

    private static string Anchor(string monitorId) => "monitor-" + PageNames.Slug(monitorId);

    private static string SloAnchor(string sloId) => "slo-" + PageNames.Slug(sloId);
}
