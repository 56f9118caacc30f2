using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Rendering.Tests;

/// <summary>
/// Definitions and data whose text tries to break every output: a monitor description and category
/// values holding <c>&lt;script&gt;</c>, <c>|</c>, <c>]]</c>, a newline and Markdown syntax. Ids and the
/// SLO's service are names (MAC0023), so they stay plain; the SLO's owner is text and hostile.
/// </summary>
internal sealed record HostileExample(string Folder, DefinitionSet Definitions, RunResult Run)
{
    /// <summary>The description every monitor and the dataset get.</summary>
    public const string Description = "<script>alert(1)</script> | ]] [[Home]] *bold* _em_ `code` ~~gone~~ {{x}}\n# not a heading\n- not a list <img src=x onerror=alert(2)>";

    /// <summary>Text inside the SLO's SLI expression, a string literal the expression language allows.</summary>
    public const string SliText = "<script>alert(5)</script>|]] [[x]] *y* {{z}}";

    /// <summary>A category that appears only in the current snapshot.</summary>
    public const string Category = "<script>alert(3)</script>|]]\n# *cat* [x](javascript:alert(4))";

    public static HostileExample Create(TemporaryDirectory folder)
    {
        var reference = new StringBuilder("id,channel,at\n");
        var current = new StringBuilder("id,channel,at\n");
        for (var i = 0; i < 40; i++)
        {
            var at = "," + new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) + "\n";
            reference.Append(i).Append(i % 2 == 0 ? ",web" : ",app").Append(at);
            current.Append(i).Append(i % 4 == 0 ? ",\"" + Category.Replace("\"", "\"\"") + "\"" : i % 2 == 0 ? ",web" : ",app").Append(at);
        }

        folder.Write("defs/data/reference.csv", reference.ToString());
        folder.Write("defs/data/current.csv", current.ToString());
        var quoted = "\"" + Description.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
        var sli = "\"channel != '" + SliText.Replace("\\", "\\\\").Replace("\"", "\\\"") + "'\"";
        folder.Write("defs/monitors.yaml", $$"""
            datasets:
              - id: shop
                owner: shop-data
                description: {{quoted}}
                snapshots: { reference: data/reference.csv, current: data/current.csv, captured_at: 2026-11-16T00:00:00Z }
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
                owner: shop-oncall
                description: {{quoted}}
              - id: channel-validity
                dataset: shop
                check: validity
                column: channel
                allowed: reference
                fail: 0.01
                description: {{quoted}}
            slos:
              - id: channel-known
                service: shop.channels
                description: {{quoted}}
                owner: {{quoted}}
                dataset: shop
                indicator:
                  good: {{sli}}
                objective: 0.9
                window: 7d
                alerting:
                  page: { runbook: "https://wiki.example.com/a|b<script>" }
                  labels: { team: {{quoted}} }
                  maintenance:
                    - { name: {{quoted}}, weekdays: [tuesday], start: "06:00", end: "06:30" }
            gates:
              - id: deploy
                description: {{quoted}}
                monitors: [channel-drift, channel-validity]
                slos: [{ id: channel-known, budget_remaining: 0.5 }]
            """);
        var loaded = YamlDefinitionLoader.LoadDirectory(folder.PathOf("defs"));
        loaded.Diagnostics.Should().BeEmpty();
        return new HostileExample(folder.PathOf("defs"), loaded.Definitions, new MonitorRunner().Run(loaded.Definitions));
    }
}
