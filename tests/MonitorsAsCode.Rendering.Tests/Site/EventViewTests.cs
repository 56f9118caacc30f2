using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Site;

/// <summary>Known events in the HTML report and on wiki monitor pages: shown with the results they touch, inert whatever they hold.</summary>
public sealed class EventViewTests
{
    private const string HostileDescription = "<script>alert(1)</script> ![x](https://evil.example/x.png) [click](javascript:alert(2)) @channel\u001b[2J";

    [Fact]
    [UseCulture("de-DE")]
    public void The_report_lists_the_runs_events_once_and_a_suppressed_monitor_says_so_with_hostile_text_escaped()
    {
        var html = WorkedExample.File(Render(), "report.html");

        html.Should().Contain("<p>Known events over this run:</p>\n<ul class=\"events\">\n<li><strong>campaign-2026-10</strong> (campaign, suppress, 2026-10-01 to 2026-10-14): &lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("<li><strong>release-v2</strong> (release, annotate, 2026-10-05T06:00:00Z to 2026-10-05T07:00:00Z)</li>\n</ul>");
        html.Should().Contain("event-freshness (suppressed: campaign-2026-10; event: release-v2)</h3>");
        html.Should().NotContain("<script>");
        html.Should().NotContain("<a href=\"#monitor-event-freshness\">event-freshness</a></li>", "a suppressed failure is not among the problems");
    }

    [Fact]
    public void A_monitor_page_shows_the_note_and_a_line_per_event_as_inert_markdown()
    {
        var page = WorkedExample.File(Render(), "wiki/monitor-event-freshness.md");

        page.Should().Contain("**Last run: FAIL** (suppressed: campaign-2026-10; event: release-v2):");
        page.Should().Contain("\n\nKnown event **campaign-2026-10** (campaign, suppress, 2026-10-01 to 2026-10-14): &lt;script&gt;alert(1)&lt;/script&gt; !\\[x\\]");
        page.Should().Contain("\n\nKnown event **release-v2** (release, annotate, 2026-10-05T06:00:00Z to 2026-10-05T07:00:00Z)\n");
        page.Should().NotContain("<script>").And.NotContain("[click](javascript:").And.NotContain("@channel").And.NotContain("\u001b");
    }

    [Fact]
    public void Pages_of_monitors_without_events_are_unchanged()
    {
        var with = Render();
        var without = WorkedExample.Render();

        WorkedExample.File(with, "wiki/monitor-amount-drift.md").Should().Be(WorkedExample.File(without, "wiki/monitor-amount-drift.md"));
    }

    private static IReadOnlyList<MonitorsAsCode.Rendering.Files.GeneratedFile> Render()
    {
        var day = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var definitions = WorkedExample.Definitions with
        {
            Events =
            [
                new KnownEventDefinition("campaign-2026-10", day, day.AddDays(14), EventKind.Campaign, EventEffect.Suppress) { Description = HostileDescription },
                new KnownEventDefinition("release-v2", day.AddDays(4).AddHours(6), day.AddDays(4).AddHours(7), EventKind.Release, EventEffect.Annotate),
            ],
        };
        var run = WorkedExample.Run;
        run = run with
        {
            Results = [.. run.Results.Select(r => r.MonitorId == "event-freshness" ? r with { Events = ["campaign-2026-10", "release-v2"], SuppressedBy = ["campaign-2026-10"] } : r)],
        };
        return SiteRenderer.Render(definitions, RepositoryCheckout.FraudScoring, run, TemplateSet.Defaults, WikiFlavour.GitHub);
    }
}
