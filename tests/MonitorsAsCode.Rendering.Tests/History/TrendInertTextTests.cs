using MonitorsAsCode.Definitions.History;

namespace MonitorsAsCode.Rendering.Tests.History;

/// <summary>
/// A monitor id and an event id and description holding HTML, Markdown, SQL and Grafana variable syntax come out of the
/// trend pictures as text: the report's SVG, table and event lines, and the wiki's table and event lines.
/// </summary>
public sealed class TrendInertTextTests
{
    [Fact]
    public void The_report_escapes_hostile_ids_and_descriptions_in_the_chart_and_the_table()
    {
        using var store = TrendExample.Store();
        var report = TrendGoldenFilesTests.Render(store, HistoryStoreKind.Sqlite).Single(f => f.Path == "report.html").Content;

        report.Should().NotContain("<script").And.NotContain("<b>|</b>").And.NotContain("release<i>");
        report.Should().Contain("<title>2026-10-20: release&lt;i&gt; (release, annotate)</title>", "the SVG's event title is escaped");
        report.Should().Contain("<strong>release&lt;i&gt;</strong> (release, annotate, 2026-10-20T06:00:00Z to 2026-10-20T08:00:00Z): &lt;script&gt;alert(1)&lt;/script&gt;");
        report.Should().Contain("aria-label=\"x&#x27; OR &#x27;1&#x27;&#x3D;&#x27;1 $__from ${history} &lt;b&gt;|&lt;/b&gt; &#x60;y&#x60;: null share over the last 1 of 1 recorded windows, 2026-10-30, against", "the hostile id is text in the chart's label");
        report.Should().NotContain("\u001b");
    }

    [Fact]
    public void Wiki_trend_tables_keep_hostile_text_inert()
    {
        using var store = TrendExample.Store();
        var pages = TrendGoldenFilesTests.Render(store, HistoryStoreKind.Sqlite).Where(f => f.Path.StartsWith("wiki/monitor-", StringComparison.Ordinal)).ToList();
        var nulls = pages.Single(f => f.Path == "wiki/monitor-amount-nulls.md").Content;

        nulls.Should().Contain("| 2026-10-20 | pass | 0.03 | 0.05 | 0.1 | release&lt;i&gt; (release, annotate) |");
        nulls.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &#124; \\*bold\\* \\[x\\](javascript:alert(2))", "no tag, no table break, no emphasis, no link");
        foreach (var page in pages)
        {
            page.Content.Should().NotContain("<script").And.NotContain("<b>").And.NotContain("\u001b");
            var trend = page.Content[page.Content.IndexOf("## Trend", StringComparison.Ordinal)..];
            foreach (var row in trend.Split('\n').Where(l => l.StartsWith("| 2026-", StringComparison.Ordinal)))
            {
                row.Split(" | ").Should().HaveCount(6, "every trend row keeps its six cells: {0}", row);
            }
        }
    }
}
