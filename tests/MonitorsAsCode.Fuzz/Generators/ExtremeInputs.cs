using System.Globalization;
using System.Text;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// Inputs too big or too deep to try inside the test host: YAML nested tens of thousands deep, alias bombs,
/// scalars of tens of megabytes, durations past what a TimeSpan holds, CSV with hundreds of thousands of
/// columns, JSON Lines with a line of tens of megabytes or nested tens of thousands deep. Each case number
/// picks one kind in turn; the size is drawn from the case's random source.
/// </summary>
internal sealed class ExtremeInputs(FuzzCase fuzzCase)
{
    /// <summary>How many kinds there are: CI runs each once.</summary>
    public const int Kinds = 8;

    private readonly Random random = fuzzCase.Random;

    /// <summary>Writes the case's definitions folder (and data) and returns the command arguments that read it.</summary>
    public string[] Write()
    {
        var defs = fuzzCase.PathOf("defs");
        var datasets = Datasets("data/current.csv");
        var monitors = "monitors:\n" + OrdersMonitors.AmountCompleteness;
        fuzzCase.Write("defs/data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,1.5\n");
        switch (fuzzCase.Number % Kinds)
        {
            case 0:
                var depth = 50_000 + random.Next(150_000);
                fuzzCase.Note($"a description nested {depth} deep");
                monitors += "    description: " + new string('[', depth) + new string(']', depth) + "\n";
                break;
            case 1:
                var levels = 8 + random.Next(3);
                fuzzCase.Note($"alias bomb 9^{levels} as a description");
                var bomb = new StringBuilder("x_bomb:\n  l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
                for (var level = 1; level <= levels; level++)
                {
                    bomb.Append(CultureInfo.InvariantCulture, $"  l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))).Append("]\n");
                }

                monitors = bomb + monitors + $"    description: *l{levels}\n";
                break;
            case 2:
                var length = (16 << 20) + random.Next(16 << 20);
                fuzzCase.Note($"a description of {length >> 20} MB");
                monitors += "    description: " + new string('x', length) + "\n";
                break;
            case 3:
                var duration = new[] { "10675200d", "10675199d3h", "256204778h", "9223372036854775807s", "99999999999999999999d" }[random.Next(5)];
                fuzzCase.Note($"a freshness limit of {duration}");
                monitors = monitors.Replace("check: completeness\n    column: amount\n    warn: 0.1\n    fail: 0.5", $"check: freshness\n    column: placed_at\n    warn: {duration}\n    fail: {duration}", StringComparison.Ordinal);
                break;
            case 4:
                var columns = 200_000 + random.Next(100_000);
                fuzzCase.Note($"a CSV of {columns} columns");
                var csv = new StringBuilder("order_id,placed_at,amount");
                for (var i = 0; i < columns; i++)
                {
                    csv.Append(",c").Append(i);
                }

                csv.Append("\no1,2026-01-01T09:00:00Z,1.5").Append(',', columns).Append('\n');
                fuzzCase.Write("defs/data/current.csv", csv.ToString());
                break;
            case 5:
                var line = (16 << 20) + random.Next(16 << 20);
                fuzzCase.Note($"a JSON Lines line of {line >> 20} MB");
                datasets = Datasets("data/current.jsonl");
                fuzzCase.Write("defs/data/current.jsonl", "{\"order_id\": \"" + new string('x', line) + "\", \"placed_at\": \"2026-01-01T09:00:00Z\", \"amount\": 1.5}\n");
                break;
            case 6:
                var nesting = 50_000 + random.Next(150_000);
                fuzzCase.Note($"a JSON Lines value nested {nesting} deep");
                datasets = Datasets("data/current.jsonl");
                fuzzCase.Write("defs/data/current.jsonl", "{\"order_id\": \"o1\", \"placed_at\": \"2026-01-01T09:00:00Z\", \"amount\": " + new string('[', nesting) + new string(']', nesting) + "}\n");
                break;
            default:
                var keys = 50_000 + random.Next(50_000);
                fuzzCase.Note($"a dataset declaring {keys} columns");
                var declared = new StringBuilder(datasets);
                for (var i = 0; i < keys; i++)
                {
                    declared.Append(CultureInfo.InvariantCulture, $"      c{i}: {{ type: double }}\n");
                }

                datasets = declared.ToString();
                break;
        }

        fuzzCase.Write("defs/datasets.yaml", datasets);
        fuzzCase.Write("defs/monitors.yaml", monitors);
        return ["run", defs, "--format", "json"];
    }

    private static string Datasets(string current) => $$"""
        datasets:
          - id: orders
            owner: shop-data
            snapshots: { current: {{current}}, captured_at: 2026-01-02T00:00:00Z }
            columns:
              order_id:  { type: string, role: id }
              placed_at: { type: timestamp, role: event_time }
              amount:    { type: double, role: feature }

        """;
}
