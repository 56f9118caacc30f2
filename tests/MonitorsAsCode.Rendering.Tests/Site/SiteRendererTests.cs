using System.Globalization;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Site;

public sealed class SiteRendererTests
{
    [Fact]
    [UseCulture("de-DE")]
    public void Rendering_twice_gives_identical_bytes_whatever_the_culture()
    {
        var first = WorkedExample.Render();
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
        var second = WorkedExample.Render();

        second.Should().Equal(first);
        first.Should().OnlyContain(f => !f.Content.Contains('\r') && f.Content.EndsWith('\n'));
        string.Concat(first.Select(f => f.Content)).Should().NotContain("0,1").And.NotContain(RepositoryCheckout.Root, "pages hold no absolute path of the machine that made them");
    }

    [Fact]
    public void Without_results_pages_have_no_last_run_and_there_is_no_report()
    {
        var files = SiteRenderer.Render(WorkedExample.Definitions, RepositoryCheckout.FraudScoring, null, TemplateSet.Defaults, WikiFlavour.GitHub);

        files.Should().NotContain(f => f.Path == "report.html");
        WorkedExample.File(files, "wiki/monitor-txn-sum-30d-drift.md").Should().NotContain("Last run").And.Contain("| fail | 0.25 |");
        files.Select(f => f.Path).Should().Contain("grafana/fraud-scoring.json");
    }

    [Fact]
    public void GitHub_links_leave_out_the_extension_and_its_navigation_is_Home_and_Sidebar()
    {
        var files = WorkedExample.Render(WikiFlavour.GitHub);

        files.Select(f => f.Path).Should().Contain(["wiki/Home.md", "wiki/_Sidebar.md"]).And.NotContain("wiki/index.md");
        WorkedExample.File(files, "wiki/_Sidebar.md").Should().StartWith("- [Home](Home)\n").And.Contain("    - [txn-sum-30d-drift](monitor-txn-sum-30d-drift)\n");
        WorkedExample.File(files, "wiki/monitor-txn-sum-30d-drift.md").Should().Contain("[deploy](gate-deploy)").And.NotContain(".md)");
    }

    [Fact]
    public void MkDocs_links_name_the_markdown_files_and_its_navigation_is_index_and_SUMMARY()
    {
        var files = WorkedExample.Render(WikiFlavour.MkDocs);

        files.Select(f => f.Path).Should().Contain(["wiki/index.md", "wiki/SUMMARY.md"]).And.NotContain("wiki/Home.md");
        WorkedExample.File(files, "wiki/SUMMARY.md").Should().StartWith("- [Home](index.md)\n").And.Contain("    - [deploy](gate-deploy.md)\n");
        WorkedExample.File(files, "wiki/dataset-fraud-scoring.md").Should().Contain("[schema](monitor-schema.md)").And.Contain("[Home](index.md)");
    }

    [Fact]
    public void Azure_DevOps_gets_md_links_and_an_order_file_for_its_page_tree()
    {
        var files = WorkedExample.Render(WikiFlavour.AzureDevOps);

        files.Select(f => f.Path).Should().Contain(["wiki/Home.md", "wiki/.order"]).And.NotContain("wiki/_Sidebar.md");
        var order = WorkedExample.File(files, "wiki/.order").Split('\n');
        order.Take(6).Should().Equal("Home", "dataset-fraud-scoring", "dataset-fraud-scoring-daily", "dataset-fraud-serving", "gate-deploy", "gate-retrain");
        order.Should().Contain("monitor-event-freshness");
        WorkedExample.File(files, "wiki/gate-deploy.md").Should().Contain("[event-freshness](monitor-event-freshness.md)");
    }

    [Fact]
    public void Every_relative_link_of_every_flavour_points_at_a_generated_page()
    {
        foreach (var flavour in Enum.GetValues<WikiFlavour>())
        {
            var files = WorkedExample.Render(flavour);
            var pages = files.Where(f => f.Path.StartsWith("wiki/", StringComparison.Ordinal)).Select(f => f.Path["wiki/".Length..]).ToHashSet(StringComparer.Ordinal);
            foreach (var page in files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
            {
                foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(page.Content, @"\]\(([^)]+)\)"))
                {
                    var target = link.Groups[1].Value;
                    var file = flavour == WikiFlavour.GitHub ? target + ".md" : target;
                    pages.Should().Contain(file, "{0} links to '{1}' on a {2} wiki", page.Path, target, flavour);
                }
            }
        }
    }

    [Fact]
    public void A_monitor_page_prints_its_runbook_file_under_the_runbook_heading()
    {
        var page = WorkedExample.File(WorkedExample.Render(), "wiki/monitor-transaction-id-uniqueness.md");

        page.Should().Contain("## Runbook\n\nFrom the runbook file runbooks/duplicates.md:\n\n### Duplicate transactions — fraud-scoring\n");
        page.Should().Contain("#### What it means");
    }

    [Fact]
    public void Ids_that_are_not_lower_case_words_get_a_folded_page_name_with_a_hash()
    {
        PageNames.Slug("amount-drift").Should().Be("amount-drift");
        PageNames.Slug("Amount Drift").Should().MatchRegex("^amount-drift-[0-9a-f]{8}$");
        PageNames.Slug("amount_drift").Should().NotBe(PageNames.Slug("amount-drift"));
        PageNames.Slug("../../etc").Should().MatchRegex("^etc-[0-9a-f]{8}$");
    }
}
