using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.History;
using MonitorsAsCode.Rendering.Prometheus;
using MonitorsAsCode.Rendering.Report;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>
/// Everything <c>monitors render</c> generates from a set of definitions, in memory: the wiki under
/// <c>wiki/</c>, a Grafana dashboard per dataset under <c>grafana/</c>, the Alertmanager routing and, when
/// there are SLOs, their Prometheus rules under <c>prometheus/</c>, and, given a run, <c>report.html</c>.
/// The same inputs give the same bytes: pages carry no time, machine or absolute path.
/// </summary>
public static class SiteRenderer
{
    /// <summary>The SLOs' recording and alerting rules, as <c>monitors slo rules</c> writes them.</summary>
    public const string PrometheusRulesFile = "prometheus/prometheus-rules.yaml";

    /// <summary>The Alertmanager routing, grouping, inhibition and maintenance time intervals.</summary>
    public const string AlertmanagerFile = "prometheus/alertmanager.yaml";

    /// <summary>Renders every file, ordered by path.</summary>
    /// <param name="definitions">Validated definitions.</param>
    /// <param name="definitionsFolder">The folder they were loaded from; paths on pages are relative to it.</param>
    /// <param name="run">The results of a run, or null for pages without results and no report.</param>
    /// <param name="templates">The templates to write pages with.</param>
    /// <param name="flavour">The wiki the pages are for.</param>
    /// <exception cref="TemplateException">A template names a field that does not exist.</exception>
    public static IReadOnlyList<GeneratedFile> Render(DefinitionSet definitions, string definitionsFolder, RunResult? run, TemplateSet templates, WikiFlavour flavour) =>
        Render(definitions, definitionsFolder, run, templates, flavour, history: null);

    /// <summary>
    /// Renders every file, ordered by path; with <paramref name="history"/>, the report and the monitor pages show each
    /// monitor's latest windows and the dashboards get a panel per monitor over the store. Without it, the files are
    /// byte for byte those of the overload without a history.
    /// </summary>
    /// <param name="definitions">Validated definitions.</param>
    /// <param name="definitionsFolder">The folder they were loaded from; paths on pages are relative to it.</param>
    /// <param name="run">The results of a run, or null for pages without results and no report.</param>
    /// <param name="templates">The templates to write pages with.</param>
    /// <param name="flavour">The wiki the pages are for.</param>
    /// <param name="history">The history to draw trends from (only read), or null.</param>
    /// <exception cref="TemplateException">A template names a field that does not exist.</exception>
    public static IReadOnlyList<GeneratedFile> Render(DefinitionSet definitions, string definitionsFolder, RunResult? run, TemplateSet templates, WikiFlavour flavour, TrendSource? history)
    {
        var text = new DefinitionText(definitions, definitionsFolder, run, history);
        var files = new List<GeneratedFile>();
        files.AddRange(WikiRenderer.Render(text, templates, new PageNames(flavour)));
        files.AddRange(GrafanaDashboards.Render(definitions, history?.Store));
        files.Add(new GeneratedFile(AlertmanagerFile, AlertmanagerConfigWriter.Render(definitions)));
        if (definitions.Slos.Count > 0)
        {
            files.Add(new GeneratedFile(PrometheusRulesFile, PrometheusRuleWriter.Render(definitions).Text));
        }

        if (run is not null)
        {
            files.Add(HtmlReport.Render(text, run, templates));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
