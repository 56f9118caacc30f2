using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Rendering.Tests.IO;

namespace MonitorsAsCode.Rendering.Tests;

/// <summary>
/// Definitions and data whose text tries to break every output: a monitor description and category
/// values holding <c>&lt;script&gt;</c>, <c>|</c>, <c>]]</c>, a newline and Markdown syntax.
/// </summary>
internal sealed record HostileExample(string Folder, DefinitionSet Definitions, RunResult Run)
{
    /// <summary>The description every monitor and the dataset get.</summary>
    public const string Description = "<script>alert(1)</script> | ]] [[Home]] *bold* _em_ `code` ~~gone~~ {{x}}\n# not a heading\n- not a list <img src=x onerror=alert(2)>";

    /// <summary>A category that appears only in the current snapshot.</summary>
    public const string Category = "<script>alert(3)</script>|]]\n# *cat* [x](javascript:alert(4))";

    public static HostileExample Create(TemporaryDirectory folder)
    {
        var reference = new StringBuilder("id,channel\n");
        var current = new StringBuilder("id,channel\n");
        for (var i = 0; i < 40; i++)
        {
            reference.Append(i).Append(i % 2 == 0 ? ",web\n" : ",app\n");
            current.Append(i).Append(i % 4 == 0 ? ",\"" + Category.Replace("\"", "\"\"") + "\"\n" : i % 2 == 0 ? ",web\n" : ",app\n");
        }

        folder.Write("defs/data/reference.csv", reference.ToString());
        folder.Write("defs/data/current.csv", current.ToString());
        var quoted = "\"" + Description.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
        folder.Write("defs/monitors.yaml", $$"""
            datasets:
              - id: shop
                owner: shop-data
                description: {{quoted}}
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  id: { type: int64, role: id }
                  channel: { type: string }
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
            gates:
              - id: deploy
                description: {{quoted}}
                monitors: [channel-drift, channel-validity]
            """);
        var loaded = YamlDefinitionLoader.LoadDirectory(folder.PathOf("defs"));
        loaded.Diagnostics.Should().BeEmpty();
        return new HostileExample(folder.PathOf("defs"), loaded.Definitions, new MonitorRunner().Run(loaded.Definitions));
    }
}
