using System.Text.RegularExpressions;
using MonitorsAsCode.Rendering.Grafana;
using MonitorsAsCode.Rendering.Prometheus;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Wiki;

/// <summary>The SLO pages of the worked example: what they say with and without a run, in every wiki, and with a team's template.</summary>
[UseCulture("de-DE")]
public sealed partial class SloPageTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_alert_table_scales_the_sre_workbook_factors_to_the_28_day_window()
    {
        var page = WorkedExample.File(WorkedExample.Render(), "wiki/slo-scoring-latency.md");

        // Hand-computed: factor = budget consumed × 28 d / long window: 0.02 × 672 h / 1 h = 13.44,
        // 0.05 × 672 / 6 = 5.6, 0.1 × 28 d / 1 d = 2.8, 0.1 × 28 / 3 = 0.9333.
        page.Should().Contain("| page | 1h | 5m | 2% | 13.44 | runbooks/slo-burn.md |\n")
            .And.Contain("| page | 6h | 30m | 5% | 5.6 | runbooks/slo-burn.md |\n")
            .And.Contain("| ticket | 1d | 2h | 10% | 2.8 | runbooks/slo-burn.md |\n")
            .And.Contain("| ticket | 3d | 6h | 10% | 0.9333 | runbooks/slo-burn.md |\n");
        page.Should().Contain("| objective | 99% |\n").And.Contain("| error budget | 1% of events |\n").And.Contain("| counted events | status &lt; 500 |\n");
        page.Should().Contain("## Runbook\n\nFrom the runbook file runbooks/slo-burn.md:");
    }

    [Fact]
    public void The_last_run_shows_the_slis_budget_and_the_burn_rates_that_fire()
    {
        var latency = WorkedExample.Run.Slos.Single(s => s.SloId == "scoring-latency");
        var page = WorkedExample.File(WorkedExample.Render(), "wiki/slo-scoring-latency.md");

        page.Should().Contain("**Last run: FAIL**: SLI 99.68% against 99% over 28d, 68% of the error budget left, page and ticket alerts firing.");
        page.Should().Contain($"| events | 44,620, 44,477 good |\n");
        (latency.TotalEvents, latency.GoodEvents).Should().Be((44_620, 44_477), "the page shows the run's counts");
        page.Should().Contain("| page | 6h | 12.36 | 30m | 10 | 5.6 | **yes** |\n");
    }

    [Fact]
    public void Without_results_an_slo_page_has_no_last_run_and_the_home_page_no_result_columns()
    {
        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, TemplateSet.Defaults, WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/slo-scoring-availability.md").Should().NotContain("Last run").And.Contain("| objective | 99.5% |");
        WorkedExample.File(files, "wiki/Home.md").Should().Contain("| slo | service | dataset | objective | window | owner |\n|---|---|---|---:|---|---|\n");
    }

    [Fact]
    public void Every_wiki_flavour_lists_the_slo_pages_in_its_navigation()
    {
        WorkedExample.File(WorkedExample.Render(WikiFlavour.MkDocs), "wiki/SUMMARY.md").Should().Contain("- SLOs\n    - [scoring-latency](slo-scoring-latency.md)\n");
        WorkedExample.File(WorkedExample.Render(WikiFlavour.AzureDevOps), "wiki/.order").Split('\n').Should().Contain(["slo-scoring-latency", "slo-scoring-availability", "slo-prediction-stability"]);
        WorkedExample.File(WorkedExample.Render(WikiFlavour.GitHub), "wiki/Home.md").Should().Contain("| [prediction-stability](slo-prediction-stability) | fraud-scoring-model | [fraud-scoring](dataset-fraud-scoring) | 90% | 28d | risk-ml | pass | 100% |");
    }

    [Fact]
    public void A_gates_own_budget_is_on_the_slos_page()
    {
        var definitions = WorkedExample.Definitions;
        var deploy = definitions.FindGate("deploy")!;
        var changed = definitions with
        {
            Gates = [.. definitions.Gates.Select(g => g.Id == "deploy" ? deploy with { Slos = [.. deploy.Slos, "scoring-latency"], SloBudgets = new Dictionary<string, double> { ["scoring-latency"] = 0.25 } } : g)],
        };

        var files = SiteRenderer.Render(changed, RepositoryCheckout.FraudScoring, null, TemplateSet.Defaults, WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/slo-scoring-latency.md").Should().Contain("| gates | [deploy](gate-deploy): at least 25% of the error budget left, and no page alert firing |");
        WorkedExample.File(files, "wiki/slo-prediction-stability.md").Should().Contain("| gates | [deploy](gate-deploy): the SLO's own verdict |");
    }

    [Fact]
    public void A_gate_held_back_by_its_budget_demand_names_the_slo_and_why_on_its_page()
    {
        var definitions = WorkedExample.Definitions;
        var deploy = definitions.FindGate("deploy")!;
        var changed = definitions with
        {
            Gates = [.. definitions.Gates.Select(g => g.Id == "deploy" ? deploy with { Slos = [.. deploy.Slos, "scoring-availability"], SloBudgets = new Dictionary<string, double> { ["scoring-availability"] = 0.75 } } : g)],
        };
        var run = new MonitorsAsCode.Engine.Running.MonitorRunner().Run(changed, new MonitorsAsCode.Engine.Running.RunOptions { Gate = "deploy" });

        var page = WorkedExample.File(SiteRenderer.Render(changed, RepositoryCheckout.FraudScoring, run, TemplateSet.Defaults, WikiFlavour.GitHub), "wiki/gate-deploy.md");

        run.Gates.Single().BlockingSlos.Should().Equal("scoring-availability");
        page.Should().Contain(", [SLO scoring-availability](slo-scoring-availability).");
        page.Should().Contain("| [scoring-availability](slo-scoring-availability) | 99.5% / 28d | at least 75% of the error budget left, and no page alert firing | WARN | 39.2% | 39.2% of the error budget left, the gate requires 75.0% |");
    }

    [Fact]
    public void A_team_can_override_the_slo_template_and_strict_mode_names_a_wrong_field()
    {
        folder.Write("good/slo.sbn-md", "SLO {{ id }}: {{ objective }} over {{ window }}{{ if result }}, {{ result.budget_remaining }} left{{ end }}.\n");
        var path = folder.Write("bad/slo.sbn-md", "SLO {{ id }} aims at {{ objectve }}.\n");

        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, WorkedExample.Run, TemplateSet.Load(folder.PathOf("good")), WikiFlavour.GitHub);
        var bad = () => SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, TemplateSet.Load(folder.PathOf("bad")), WikiFlavour.GitHub);

        WorkedExample.File(files, "wiki/slo-scoring-availability.md").Should().Be("SLO scoring-availability: 99.5% over 28d, 39.2% left.\n");
        bad.Should().Throw<TemplateException>().WithMessage($"template 'slo.sbn-md' ({path}) names field 'objectve', which does not exist*did you mean 'objective'?*");
    }

    [Fact]
    public void Slo_panels_sit_on_their_datasets_dashboard_and_query_only_series_the_generated_rules_record()
    {
        var definitions = WorkedExample.Definitions;
        var serving = GrafanaDashboards.Build(definitions, definitions.FindDataset("fraud-serving")!);
        var scoring = GrafanaDashboards.Build(definitions, definitions.FindDataset("fraud-scoring")!);
        var recorded = RecordRule().Matches(PrometheusRuleWriter.Render(definitions).Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        serving.Panels.Select(p => p.Title).Should().ContainInConsecutiveOrder("SLOs", "scoring-latency: SLI", "scoring-latency: error budget remaining", "scoring-latency: burn rate", "scoring-availability: SLI");
        scoring.Panels.Should().NotContain(p => p.Title.StartsWith("prediction-stability", StringComparison.Ordinal), "an SLO without Prometheus rules has no series to draw");
        var queried = serving.Panels.Where(p => p.Title.Contains(':', StringComparison.Ordinal)).SelectMany(p => p.Targets!).SelectMany(t => SeriesName().Matches(t.Expr ?? string.Empty).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        queried.Should().NotBeEmpty().And.BeSubsetOf(recorded);
        serving.Panels.Single(p => p.Title == "scoring-latency: error budget remaining").FieldConfig!.Defaults.Thresholds.Steps.Select(s => (s.Color, s.Value))
            .Should().Equal(("red", null), ("yellow", 0.25), ("green", 0.5));
    }

    [GeneratedRegex(@"record: (\S+)")]
    private static partial Regex RecordRule();

    [GeneratedRegex(@"slo:[a-z_]+:[a-z_0-9]+")]
    private static partial Regex SeriesName();
}
