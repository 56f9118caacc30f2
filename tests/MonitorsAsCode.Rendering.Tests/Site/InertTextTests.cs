using System.Text.Json;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Site;

/// <summary>
/// A description and a category holding <c>&lt;script&gt;</c>, <c>|</c>, <c>]]</c>, a newline and Markdown
/// syntax come out as text in every output: wiki pages (for every flavour), the HTML report and the
/// Grafana dashboard.
/// </summary>
public sealed class InertTextTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();
    private readonly HostileExample example;

    public InertTextTests()
    {
        example = HostileExample.Create(folder);
    }

    public static TheoryData<WikiFlavour> Flavours => [WikiFlavour.GitHub, WikiFlavour.AzureDevOps, WikiFlavour.MkDocs];

    [Fact]
    public void The_hostile_category_reaches_the_results_so_the_tests_below_mean_something()
    {
        var drift = example.Run.Results.Single(r => r.MonitorId == "channel-drift");
        drift.Status.Should().Be(CheckStatus.Fail);
        drift.Distribution!.Bins.Select(b => b.Label).Should().Contain(HostileExample.Category);
        example.Run.Results.Single(r => r.MonitorId == "channel-validity").Evidence.Summary.Should().Contain("<script>alert(3)</script>");
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void Markdown_pages_keep_hostile_text_inert(WikiFlavour flavour)
    {
        var pages = Render(flavour).Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        pages.Should().NotBeEmpty();
        foreach (var page in pages)
        {
            var text = page.Content;
            text.Should().NotContain("<script", page.Path).And.NotContain("<img", page.Path).And.NotContain("]]", page.Path).And.NotContain("[[", page.Path)
                .And.NotContain("[x](javascript", page.Path).And.NotContain("{{", page.Path);
            var lines = text.Split('\n');
            lines.Should().NotContain(line => line.StartsWith("# not", StringComparison.Ordinal) || line.StartsWith("- not", StringComparison.Ordinal) || line.StartsWith("# \\*cat", StringComparison.Ordinal), "a newline in a value must not start a heading or a list in {0}", page.Path);
            foreach (var line in lines.Where(l => l.Contains("alert(1)", StringComparison.Ordinal)))
            {
                line.Should().Contain("\\*bold\\*").And.Contain("\\_em\\_").And.Contain("\\`code\\`").And.Contain("&#124;").And.Contain("not a list", "the whole description stays on one line");
            }

            TablesKeepTheirShape(page.Path, lines);
        }

        var monitorPage = pages.Single(p => p.Path == "wiki/" + PageNames.File("monitor", "channel-drift")).Content;
        monitorPage.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &#124; \\]\\] \\[\\[Home\\]\\] \\*bold\\*");
        pages.Single(p => p.Path == "wiki/" + PageNames.File("monitor", "channel-validity")).Content.Should().Contain("&lt;script&gt;alert(3)&lt;/script&gt;&#124;\\]\\] \\# \\*cat\\*");
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void The_slo_page_keeps_a_hostile_expression_service_description_and_maintenance_window_inert(WikiFlavour flavour)
    {
        example.Run.Slos.Should().ContainSingle().Which.TotalEvents.Should().Be(40, "the hostile SLO is evaluated, so its result reaches the page");

        var page = Render(flavour).Single(f => f.Path == "wiki/" + PageNames.File("slo", "channel-known")).Content;

        page.Should().Contain("| good events | channel != '&lt;script&gt;alert(5)&lt;/script&gt;&#124;\\]\\] \\[\\[x\\]\\] \\*y\\* &#123;&#123;z&#125;&#125;' |");
        page.Should().Contain("| service | shop.channels |");
        page.Should().Contain("- &lt;script&gt;alert(1)&lt;/script&gt;");
        page.Should().Contain("[deploy](").And.Contain("at least 50% of the error budget left");
        page.Should().Contain("**Last run:");
    }

    [Fact]
    public void The_report_escapes_hostile_text_in_html_and_in_its_pictures()
    {
        var report = Render(WikiFlavour.GitHub).Single(f => f.Path == "report.html").Content;

        report.Should().NotContain("<script").And.NotContain("<img").And.NotContain("javascript:alert(4)\"");
        report.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; | ]] [[Home]]");
        report.Should().Contain("<title>&#x27;&lt;script&gt;alert(3)&lt;/script&gt;|]]", "the category's bar in the SVG chart is labelled with escaped text");
        report.Should().Contain("Content-Security-Policy\" content=\"default-src 'none'");
        report.Should().Contain("<h3><span class=\"badge status-").And.Contain("SLO channel-known</h3>");
        report.Should().Contain("owner &lt;script&gt;alert(1)&lt;/script&gt; | ]] [[Home]]", "the SLO's owner is escaped in its facts line");
    }

    [Fact]
    public void The_grafana_dashboard_keeps_hostile_descriptions_inert()
    {
        var dashboard = Render(WikiFlavour.GitHub).Single(f => f.Path.StartsWith("grafana/", StringComparison.Ordinal)).Content;

        using var json = JsonDocument.Parse(dashboard);
        var descriptions = json.RootElement.GetProperty("panels").EnumerateArray()
            .Where(p => p.TryGetProperty("description", out _))
            .Select(p => p.GetProperty("description").GetString()!)
            .Append(json.RootElement.GetProperty("description").GetString()!)
            .ToList();
        descriptions.Should().Contain(d => d.Contains("alert(1)", StringComparison.Ordinal));
        descriptions.Should().OnlyContain(d => !d.Contains('<') && !d.Contains('\n') && !d.Contains("]]", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<MonitorsAsCode.Rendering.Files.GeneratedFile> Render(WikiFlavour flavour) =>
        SiteRenderer.Render(example.Definitions, example.Folder, example.Run, TemplateSet.Defaults, flavour);

    /// <summary>Every row of a Markdown table has as many unescaped cell separators as its header.</summary>
    private static void TablesKeepTheirShape(string page, string[] lines)
    {
        int? columns = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            var pipes = line.Count(c => c == '|');
            columns ??= pipes;
            pipes.Should().Be(columns, "row '{0}' of a table in {1} must keep the table's columns", line, page);
        }
    }
}
