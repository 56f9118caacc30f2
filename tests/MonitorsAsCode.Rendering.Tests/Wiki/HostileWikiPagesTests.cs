using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Rendering.Files;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Wiki;

/// <summary>
/// Definitions from an untrusted pull request whose descriptions, owners, label values, maintenance names,
/// runbook text (declared and in a file) and category values hold raw HTML, an image, a <c>javascript:</c>
/// link, <c>@channel</c> and control characters: no wiki page lets any of them act, in any wiki flavour, and
/// each page still shows the text.
/// </summary>
public sealed partial class HostileWikiPagesTests : IDisposable
{
    /// <summary>Every kind of live Markdown a value could bring, with control characters between.</summary>
    private const string Hostile = "bell\u0007 @channel <script>alert(1)</script> <img src=x onerror=alert(2)> esc\u001b[31m ![pixel](http://evil.example/p.png) [click](javascript:alert(3)) c1\u009b @here";

    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();
    private readonly IReadOnlyList<GeneratedFile> github;

    public HostileWikiPagesTests()
    {
        github = Render(WikiFlavour.GitHub);
    }

    public static TheoryData<string> Pages => new()
    {
        "wiki/Home.md",
        "wiki/dataset-shop.md",
        "wiki/monitor-channel-drift.md",
        "wiki/slo-channel-known.md",
        "wiki/monitor-channel-validity.md",
    };

    public static TheoryData<WikiFlavour> Flavours => [WikiFlavour.GitHub, WikiFlavour.AzureDevOps, WikiFlavour.MkDocs];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_holds_no_live_html_image_link_mention_or_control_character_from_a_value(string path)
    {
        var page = github.Single(f => f.Path == path).Content;

        AssertInert(path, page);
        page.Should().Contain("alert(1)").And.Contain("alert(3)").And.Contain("x07").And.Contain("channel", "the value is still there to read");
    }

    [Fact]
    public void The_home_page_shows_the_hostile_owner_and_description_as_text()
    {
        var home = github.Single(f => f.Path == "wiki/Home.md").Content;

        home.Should().Contain("bell\\\\x07 @\u200dchannel &lt;script&gt;alert(1)&lt;/script&gt;");
        home.Should().Contain("!\\[pixel\\](http:\u200d//evil.example/p.png) \\[click\\](javascript:alert(3))");
    }

    [Fact]
    public void The_slo_page_shows_label_values_and_maintenance_names_as_text()
    {
        var slo = github.Single(f => f.Path == "wiki/slo-channel-known.md").Content;

        slo.Should().Contain("Labels on every alert: reason=bell\\\\x07 @\u200dchannel &lt;script&gt;")
            .And.Contain("- bell\\\\x07 @\u200dchannel &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;", "the maintenance window's name is text");
    }

    [Fact]
    public void A_declared_runbook_keeps_its_markdown_but_not_its_html_images_links_or_mentions()
    {
        var page = github.Single(f => f.Path == "wiki/monitor-channel-drift.md").Content;
        var runbook = page[page.IndexOf("## Runbook", StringComparison.Ordinal)..];

        AssertInert("the runbook section", runbook);
        runbook.Should().Contain("The channel **moved**, see").And.Contain("[the guide](https://wiki.example/guide)", "formatting and ordinary links are the runbook's own");
        runbook.Should().Contain("&lt;script>alert(1)&lt;/script>").And.Contain("\\![pixel](http://evil.example/p.png)").And.Contain("[click\\](javascript:alert(3))").And.Contain("@\u200dchannel");
    }

    [Fact]
    public void A_runbook_file_keeps_its_markdown_but_not_its_html_images_links_or_mentions()
    {
        var page = github.Single(f => f.Path == "wiki/monitor-channel-validity.md").Content;
        var runbook = page[page.IndexOf("## Runbook", StringComparison.Ordinal)..];

        AssertInert("the runbook file", runbook);
        runbook.Should().Contain("### Hostile runbook").And.Contain("**bold** stays").And.Contain("`<b>in code</b>`");
        runbook.Should().Contain("\\[ref]: javascript:alert(5)", "a link reference to a script is shown as text");
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void Every_markdown_page_of_every_flavour_is_inert(WikiFlavour flavour)
    {
        foreach (var page in Render(flavour).Where(f => f.Path.StartsWith("wiki/", StringComparison.Ordinal)))
        {
            AssertInert(page.Path, page.Content);
        }
    }

    public void Dispose() => folder.Dispose();

    private static void AssertInert(string what, string page)
    {
        page.Where(c => c is not ('\n' or '\t') && (char.IsControl(c) || c is '\u2028' or '\u2029')).Should().BeEmpty("{0} must show control characters as escapes", what);
        var prose = CodeSpan().Replace(CodeFence().Replace(page, string.Empty), string.Empty);
        prose.Should().NotContain("<script", what).And.NotContain("<img", what);
        Image().IsMatch(prose).Should().BeFalse("{0} must not load an image from a value", what);
        ScriptLink().IsMatch(prose).Should().BeFalse("{0} must not link to javascript:", what);
        Mention().IsMatch(prose).Should().BeFalse("{0} must not mention anyone", what);
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private IReadOnlyList<GeneratedFile> Render(WikiFlavour flavour)
    {
        var reference = new StringBuilder("id,channel,at\n");
        var current = new StringBuilder("id,channel,at\n");
        for (var i = 0; i < 40; i++)
        {
            var at = "," + new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\n";
            reference.Append(i).Append(i % 2 == 0 ? ",web" : ",app").Append(at);
            current.Append(i).Append(i % 4 == 0 ? ",\"" + Hostile.Replace("\"", "\"\"") + "\"" : i % 2 == 0 ? ",web" : ",app").Append(at);
        }

        folder.Write("defs/data/reference.csv", reference.ToString());
        folder.Write("defs/data/current.csv", current.ToString());
        folder.Write("defs/runbooks/hostile.md", "# Hostile runbook\n\n**bold** stays, `<b>in code</b>` too.\n\n" + Hostile + "\n\n[ref]: javascript:alert(5)\n");
        var h = Quoted(Hostile);
        folder.Write("defs/monitors.yaml", $$"""
            datasets:
              - id: shop
                owner: {{h}}
                description: {{h}}
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  id: { type: int64, role: id }
                  channel: { type: string }
                  at: { type: timestamp, role: event_time }
            monitors:
              - id: channel-drift
                dataset: shop
                check: drift
                column: channel
                warn: 0.05
                fail: 0.1
                owner: {{h}}
                description: {{h}}
                runbook: channel-moved
              - id: channel-validity
                dataset: shop
                check: validity
                column: channel
                allowed: reference
                fail: 0.01
                description: {{h}}
                runbook: runbooks/hostile.md
            runbooks:
              - id: channel-moved
                title: {{h}}
                meaning: "The channel **moved**, see [the guide](https://wiki.example/guide).\n{{h[1..^1]}}"
                causes:
                  - {{h}}
                mitigations:
                  - action: rollback
                    text: {{h}}
                diagnostics:
                  - text: {{h}}
                    query: {{h}}
                escalation:
                  owner: {{h}}
                  steps:
                    - {{h}}
            slos:
              - id: channel-known
                service: shop.channels
                description: {{h}}
                owner: {{h}}
                dataset: shop
                indicator:
                  good: "channel != 'x'"
                objective: 0.9
                window: 7d
                alerting:
                  page: { runbook: runbooks/hostile.md }
                  labels: { reason: {{h}} }
                  maintenance:
                    - { name: {{h}}, weekdays: [tuesday], start: "06:00", end: "06:30" }
            gates:
              - id: deploy
                description: {{h}}
                monitors: [channel-drift, channel-validity]
            """);
        var loaded = YamlDefinitionLoader.LoadDirectory(folder.PathOf("defs"));
        loaded.Diagnostics.Should().BeEmpty();
        var run = new MonitorRunner().Run(loaded.Definitions);
        return SiteRenderer.Render(loaded.Definitions, folder.PathOf("defs"), run, TemplateSet.Defaults, flavour);
    }

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeFence();

    [GeneratedRegex(@"(?<!`)`[^`\n]+`(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<!\\)!\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\]\(\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLink();

    [GeneratedRegex(@"(?<![\w\\`@])@(channel|here)\b")]
    private static partial Regex Mention();
}
