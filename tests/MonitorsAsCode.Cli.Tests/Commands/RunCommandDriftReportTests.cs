using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// Drift results in every format: the method <c>auto</c> picked and why, the statistic and p-value, and the
/// drift report of a dataset drift monitor under its dataset's table.
/// </summary>
[UseCulture("de-DE")]
public sealed class RunCommandDriftReportTests : IDisposable
{
    private readonly DefinitionsFolder folder = DefinitionsFolder.Empty();

    public RunCommandDriftReportTests()
    {
        folder.Write("datasets.yaml", """
            datasets:
              - id: orders
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount:  { type: double, importance: 0.7 }
                  channel: { type: string, importance: 0.2 }
                  score:   { type: double, role: prediction, importance: 0.1 }

            """);
        folder.Write("monitors.yaml", """
            monitors:
              - id: amount-auto
                dataset: orders
                check: drift
                column: amount
              - id: features
                dataset: orders
                check: drift
                columns: all
                warn: 0.2
                fail: 0.5

            """);
        folder.Write("data/reference.csv", Snapshot(shift: 0, newChannel: false));
        folder.Write("data/current.csv", Snapshot(shift: 50, newChannel: true));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Json_carries_method_reason_statistic_and_p_value()
    {
        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "json");

        var results = outcome.Json().GetProperty("results").EnumerateArray().ToList();
        var auto = results[0];
        auto.GetProperty("method").GetString().Should().Be("ks");
        auto.GetProperty("method_reason").GetString().Should().StartWith("numeric column with 200 values on the smaller side");
        auto.GetProperty("statistic").GetDouble().Should().BeApproximately(0.25, 1e-12);
        auto.GetProperty("pvalue").GetDouble().Should().Be(auto.GetProperty("value").GetDouble());
        auto.GetProperty("warn").GetProperty("below").GetDouble().Should().Be(0.05);
        auto.GetProperty("fail").GetProperty("below").GetDouble().Should().Be(0.01);
        auto.GetProperty("metric").GetString().Should().Be("ks p-value");
        var dataset = results[1];
        dataset.GetProperty("method").GetString().Should().Be("auto");
        dataset.GetProperty("method_reason").ValueKind.Should().Be(JsonValueKind.Null);
        dataset.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("amount", "channel", "score");
        dataset.GetProperty("metric").GetString().Should().Be("drifted column share");
        dataset.GetProperty("details").EnumerateArray().Select(t => t.GetProperty("title").GetString()).Should().StartWith(["drifting columns", "methods", "null share"]);
    }

    [Fact]
    public void Markdown_names_the_picked_method_and_renders_the_drift_report()
    {
        var outcome = CommandLine.Run("run", folder.FullPath, "--format", "markdown");

        outcome.Out.Should().Contain("| drift amount (ks, picked by auto) |");
        outcome.Out.Should().Contain("#### features: drifting columns\n\n| column | method | value | fail | p-value | status | moved | suspected cause |\n");
        outcome.Out.Should().Contain("| amount | ks | ");
        outcome.Out.Should().Contain("- `amount-auto`: auto picked ks — numeric column with 200 values");
    }

    [Fact]
    public void Text_lists_the_drifting_columns_worst_first_under_the_table()
    {
        var outcome = CommandLine.Run("run", folder.FullPath);

        var lines = outcome.OutLines.ToList();
        var start = lines.IndexOf("features: drifting columns, worst first");
        start.Should().BePositive();
        lines[start + 1].Should().StartWith("  1. amount: ks p 0.000006735 (adjusted 0.0000202), fail; p5 9.95 → 59.95, p50 99.5 → 149.5, p95 189 → 239; smooth shift");
        lines[start + 2].Should().StartWith("  2. channel: chi-square ").And.EndWith("; new or lost categories");
        lines[start + 3].Should().StartWith("  3. score (prediction): ks ");
    }

    private static string Snapshot(double shift, bool newChannel)
    {
        var text = new StringBuilder("amount,channel,score\n");
        for (var i = 0; i < 200; i++)
        {
            var channel = newChannel && i % 10 == 0 ? "kiosk" : i % 2 == 0 ? "app" : "web";
            text.Append(CultureInfo.InvariantCulture, $"{i + shift},{channel},{i / 200.0}\n");
        }

        return text.ToString();
    }
}
