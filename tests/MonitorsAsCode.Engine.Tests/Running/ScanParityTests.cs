using System.Globalization;
using System.Text;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Checks;
using MonitorsAsCode.Engine.Tests.Definitions;

namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>
/// The one-pass engine against the in-memory engine it replaced: every check and drift method, with their options,
/// over the committed scipy reference cases (CSV) and the worked example (Parquet and its
/// CSV twins). The expected files under <c>Running/parity/</c> hold every result field, value and evidence cell as
/// the in-memory engine (commit 9ca3364, which read every needed column into memory) wrote them, so a streaming
/// result must equal it bit for bit. Regenerate only for an intended change: <c>MONITORS_WRITE_PARITY=1 dotnet test
/// --filter ScanParityTests</c> writes the files into the source tree.
/// </summary>
[UseCulture("de-DE")]
public sealed class ScanParityTests
{
    private static readonly string[] Numeric = ["double", "int64"];

    // The same Parquet scenario with no room to gather whole columns in the pass, so each numeric drift column is read
    // again when it is measured (the path of snapshots too large to gather): the same results.
    private const string Reread = "-reread";

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReferenceCaseFile.DriftCaseNames())
        {
            data.Add("case-" + name);
        }

        data.Add("dataset-drift");
        data.Add("multi-batch");
        data.Add("example-parquet");
        data.Add("example-parquet" + Reread);
        data.Add("example-csv");
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Streaming_results_equal_the_in_memory_engine_bit_for_bit(string scenario)
    {
        var reread = scenario.EndsWith(Reread, StringComparison.Ordinal);
        var baseScenario = reread ? scenario[..^Reread.Length] : scenario;
        var definitions = Definitions(baseScenario);

        var run = new MonitorRunner().Run(definitions, new RunOptions { AsOf = new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), PassGatherBytes = reread ? 0 : -1 });

        var text = Dump(run);
        var expected = Path.Combine(RepositoryCheckout.Root, "tests", "MonitorsAsCode.Engine.Tests", "Running", "parity", baseScenario + ".txt");
        if (Environment.GetEnvironmentVariable("MONITORS_WRITE_PARITY") == "1" && !reread)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expected)!);
            File.WriteAllText(expected, text);
        }

        text.Should().Be(File.ReadAllText(expected));
    }

    private static DefinitionSet Definitions(string scenario)
    {
        if (scenario.StartsWith("case-", StringComparison.Ordinal))
        {
            return CaseDefinitions(ReferenceCaseFile.Instance.Drift(scenario["case-".Length..]));
        }

        if (scenario == "dataset-drift")
        {
            return ValidDefinitions.Load(ReferenceCaseFile.Folder, DatasetDriftYaml);
        }

        if (scenario == "multi-batch")
        {
            return ValidDefinitions.Load(MultiBatch.Folder, MultiBatch.Yaml);
        }

        var example = RepositoryCheckout.Path("monitors", "fraud-scoring");
        // The parity files hold the in-memory engine's results for the snapshots' monitors; the daily partitions'
        // monitors (over-time.yaml) came after that engine and are judged by their own tests.
        var files = YamlDefinitionLoader.ReadDirectory(example).Where(f => !f.Key.EndsWith("/over-time.yaml", StringComparison.Ordinal)).ToList();
        var datasets = files.Single(f => f.Key.EndsWith("datasets.yaml", StringComparison.Ordinal));
        if (scenario == "example-csv")
        {
            files.Remove(datasets);
            files.Add(new(datasets.Key, datasets.Value.Replace(".parquet", ".csv", StringComparison.Ordinal)));
        }

        files.Add(new(Path.Combine(example, "parity.yaml").Replace('\\', '/'), ExampleYaml));
        var loaded = YamlDefinitionLoader.Load(files);
        loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        return loaded.Definitions;
    }

    private static DefinitionSet CaseDefinitions(ReferenceCaseFile.DriftCase testCase)
    {
        var numeric = Numeric.Contains(testCase.Type);
        var yaml = new StringBuilder($$"""
            datasets:
              - id: {{testCase.Name}}
                snapshots: { reference: {{testCase.Reference}}, current: {{testCase.Current}} }
                columns:
                  row: { type: int64, role: id }
                  x: { type: {{testCase.Type}} }
            monitors:
              - { id: schema, dataset: {{testCase.Name}}, check: schema }
              - { id: volume, dataset: {{testCase.Name}}, check: volume, warn: { below: 0.9, above: 1.1 } }
              - { id: nulls, dataset: {{testCase.Name}}, check: completeness, column: x, warn: 0.01 }
              - { id: unique, dataset: {{testCase.Name}}, check: uniqueness, column: row, warn: 0.01 }
              - { id: unique-pair, dataset: {{testCase.Name}}, check: uniqueness, columns: [x, row], warn: 0.01 }
              - { id: unique-x, dataset: {{testCase.Name}}, check: uniqueness, column: x, warn: 0.01 }
              - { id: seen, dataset: {{testCase.Name}}, check: validity, column: x, allowed: reference, warn: 0.01 }
              - { id: auto, dataset: {{testCase.Name}}, check: drift, column: x }
              - { id: nullshift, dataset: {{testCase.Name}}, check: drift, column: x, method: psi, warn: 0.1, null_share_change: { warn: 0.01, fail: 0.2 } }

            """);
        string[] methods = numeric
            ? ["psi", "jensen-shannon", "kl", "hellinger", "total-variation", "l-infinity", "chi-square", "ks", "anderson-darling", "cramer-von-mises", "energy", "wasserstein"]
            : ["psi", "jensen-shannon", "kl", "hellinger", "total-variation", "l-infinity", "chi-square", "z"];
        foreach (var method in methods)
        {
            var limit = method is "chi-square" or "ks" or "anderson-darling" or "cramer-von-mises" or "z" ? "0.05" : "0.1";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {method}, dataset: {testCase.Name}, check: drift, column: x, method: {method}, warn: {limit} }}\n");
        }

        if (numeric)
        {
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                  - { id: range, dataset: {{testCase.Name}}, check: validity, column: x, min: 0, max: 5, warn: 0.01 }
                  - { id: psi-5, dataset: {{testCase.Name}}, check: drift, column: x, method: psi, bins: 5, warn: 0.1 }
                  - { id: psi-sturges, dataset: {{testCase.Name}}, check: drift, column: x, method: psi, binning: sturges, warn: 0.1 }
                  - { id: psi-edges, dataset: {{testCase.Name}}, check: drift, column: x, method: psi, edges: [0, 1.5, 3], warn: 0.1 }
                  - { id: ks-effect, dataset: {{testCase.Name}}, check: drift, column: x, method: ks, warn: 0.05, effect: { method: wasserstein, min: 0.1 } }
                  - { id: chi-effect, dataset: {{testCase.Name}}, check: drift, column: x, method: chi-square, warn: 0.05, effect: { method: psi, min: 0.1 } }

                """);
        }
        else
        {
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                  - { id: allowed, dataset: {{testCase.Name}}, check: validity, column: x, allowed: [a, b, "true"], warn: 0.01 }
                  - { id: chi-effect, dataset: {{testCase.Name}}, check: drift, column: x, method: chi-square, warn: 0.05, effect: { method: jensen-shannon, min: 0.1 } }

                """);
        }

        return ValidDefinitions.Load(ReferenceCaseFile.Folder, yaml.ToString());
    }

    private const string DatasetDriftYaml = """
        datasets:
          - id: wide
            snapshots: { reference: dataset_reference.csv, current: dataset_current.csv }
            columns:
              row: { type: int64, role: id }
              shifted: { type: double, importance: 2 }
              stable: { type: double }
              channel: { type: string }
              tier: { type: string, role: segment }
              flag: { type: bool }
              nullable: { type: double }
        monitors:
          - { id: all-auto, dataset: wide, check: drift, columns: all, warn: 0.2, fail: 0.5 }
          - { id: all-psi, dataset: wide, check: drift, columns: all, method: psi, warn: 0.2, fail: 0.5 }
          - { id: features-ks, dataset: wide, check: drift, columns: [shifted, stable, nullable], method: ks, correction: none, warn: 0.2 }
          - { id: some-chi, dataset: wide, check: drift, columns: [channel, flag, tier], method: chi-square, correction: bonferroni, warn: 0.2 }
          - { id: classifier, dataset: wide, check: drift, columns: all, method: domain-classifier, warn: 0.6, fail: 0.75 }
          - { id: nulls, dataset: wide, check: completeness, column: nullable, warn: 0.01 }
          - { id: shifted-nulls, dataset: wide, check: completeness, column: shifted, warn: 0.01 }
          - { id: tiers, dataset: wide, check: validity, column: tier, allowed: reference, warn: 0.01 }
          - { id: channel-ok, dataset: wide, check: validity, column: channel, allowed: [app, web], warn: 0.01 }
          - { id: key, dataset: wide, check: uniqueness, columns: [channel, tier], warn: 0.01 }
        """;

    private const string ExampleYaml = """
        monitors:
          - { id: p-all-auto, dataset: fraud-scoring, check: drift, columns: all, warn: 0.2, fail: 0.5 }
          - { id: p-all-psi, dataset: fraud-scoring, check: drift, columns: all, method: psi, warn: 0.2, fail: 0.5 }
          - { id: p-features-ks, dataset: fraud-scoring, check: drift, columns: [amount, account_age_days, txn_sum_30d, hour_of_day, score], method: ks, warn: 0.2 }
          - { id: p-classifier, dataset: fraud-scoring, check: drift, roles: [feature], method: domain-classifier, warn: 0.6, fail: 0.75 }
          - { id: p-amount-ks, dataset: fraud-scoring, check: drift, column: amount, method: ks, warn: 0.05 }
          - { id: p-amount-energy, dataset: fraud-scoring, check: drift, column: amount, method: energy, warn: 0.1 }
          - { id: p-time-psi, dataset: fraud-scoring, check: drift, column: event_time, method: psi, warn: 0.1 }
          - { id: p-age-wasserstein, dataset: fraud-scoring, check: drift, column: account_age_days, method: wasserstein, warn: 0.1 }
          - { id: p-country-chi, dataset: fraud-scoring, check: drift, column: country, method: chi-square, warn: 0.05 }
          - { id: p-fraud-z, dataset: fraud-scoring, check: drift, column: is_fraud, method: z, warn: 0.05 }
          - { id: p-model-js, dataset: fraud-scoring, check: drift, column: model_version, method: jensen-shannon, warn: 0.1 }
          - { id: p-amount-nulls, dataset: fraud-scoring, check: completeness, column: amount, warn: 0.01 }
          - { id: p-country-nulls, dataset: fraud-scoring, check: completeness, column: country, warn: 0.01 }
          - { id: p-score-range, dataset: fraud-scoring, check: validity, column: score, min: 0.01, max: 0.9, warn: 0.01 }
          - { id: p-hour-range, dataset: fraud-scoring, check: validity, column: hour_of_day, min: 1, max: 22, warn: 0.01 }
          - { id: p-merchant-seen, dataset: fraud-scoring, check: validity, column: merchant_category, allowed: reference, warn: 0.01 }
          - { id: p-fraud-allowed, dataset: fraud-scoring, check: validity, column: is_fraud, allowed: ["false"], warn: 0.01 }
          - { id: p-pair-unique, dataset: fraud-scoring, check: uniqueness, columns: [country, hour_of_day], warn: 0.01 }
          - { id: p-time-unique, dataset: fraud-scoring, check: uniqueness, column: event_time, warn: 0.01 }
          - { id: p-fresh, dataset: fraud-scoring, check: freshness, column: event_time, warn: 1h }
          - { id: p-volume, dataset: fraud-scoring, check: volume, warn: { below: 0.99, above: 1.01 } }
        """;

    /// <summary>
    /// Snapshots of 150,000 rows, so every reader hands over several batches and every accumulator merges: seeded
    /// values with nulls, NaN and infinities, repeated keys, nulls concentrated in one segment, a high-cardinality text
    /// column, and a last batch whose keys are all null.
    /// </summary>
    private static class MultiBatch
    {
        public const string Yaml = """
            datasets:
              - id: big
                snapshots: { reference: reference.csv, current: current.csv }
                columns:
                  id: { type: int64, role: id }
                  x: { type: double }
                  k: { type: int64 }
                  seg: { type: string, role: segment }
                  code: { type: string }
                  flag: { type: bool }
                  ts: { type: timestamp, role: event_time }
            monitors:
              - { id: schema, dataset: big, check: schema }
              - { id: volume, dataset: big, check: volume, warn: { below: 0.9, above: 1.1 } }
              - { id: x-nulls, dataset: big, check: completeness, column: x, warn: 0.01 }
              - { id: k-nulls, dataset: big, check: completeness, column: k, warn: 0.01 }
              - { id: id-unique, dataset: big, check: uniqueness, column: id, warn: 0.01 }
              - { id: pair-unique, dataset: big, check: uniqueness, columns: [seg, k], warn: 0.01 }
              - { id: code-unique, dataset: big, check: uniqueness, column: code, warn: 0.01 }
              - { id: x-range, dataset: big, check: validity, column: x, min: -2, max: 2, warn: 0.01 }
              - { id: code-seen, dataset: big, check: validity, column: code, allowed: reference, warn: 0.01 }
              - { id: k-seen, dataset: big, check: validity, column: k, allowed: reference, warn: 0.01 }
              - { id: fresh, dataset: big, check: freshness, column: ts, warn: 1d }
              - { id: x-psi, dataset: big, check: drift, column: x, method: psi, warn: 0.1 }
              - { id: x-ks, dataset: big, check: drift, column: x, method: ks, warn: 0.05 }
              - { id: k-wasserstein, dataset: big, check: drift, column: k, method: wasserstein, warn: 0.1 }
              - { id: ts-psi, dataset: big, check: drift, column: ts, method: psi, warn: 0.1 }
              - { id: code-chi, dataset: big, check: drift, column: code, method: chi-square, warn: 0.05 }
              - { id: flag-z, dataset: big, check: drift, column: flag, method: z, warn: 0.05 }
              - { id: all-auto, dataset: big, check: drift, columns: all, warn: 0.2, fail: 0.5 }
              - { id: all-psi, dataset: big, check: drift, columns: [x, k, seg, flag, ts], method: psi, warn: 0.2 }
              - { id: classifier, dataset: big, check: drift, columns: [x, k, seg, flag], method: domain-classifier, warn: 0.6 }
            """;

        private const int Rows = 150_000;

        private static readonly Lazy<string> Written = new(Write);

        public static string Folder => Written.Value;

        private static string Write()
        {
            var folder = Path.Combine(Path.GetTempPath(), "mac-parity-multi-batch-v1").Replace('\\', '/');
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "reference.csv"), Snapshot(drift: false));
            File.WriteAllText(Path.Combine(folder, "current.csv"), Snapshot(drift: true));
            return folder;
        }

        private static string Snapshot(bool drift)
        {
            var text = new StringBuilder("id,x,k,seg,code,flag,ts\n");
            var state = drift ? 0x9E3779B97F4A7C15UL : 0x2545F4914F6CDD1DUL;
            string[] segments = ["north", "south", "east", "west", "centre"];
            for (var i = 0; i < Rows; i++)
            {
                var a = Next(ref state);
                var b = Next(ref state);
                var c = Next(ref state);
                var u = (a >> 11) * (1.0 / 9007199254740992.0);
                var id = i >= 131_072 || i % 97 == 0 ? string.Empty : (i - (drift && i % 50 == 0 ? 1 : 0)).ToString(CultureInfo.InvariantCulture);
                var seg = segments[(int)(b % 5)];
                var x = seg == "east" && drift && c % 4 == 0 ? string.Empty
                    : c % 1000 == 0 ? "NaN" : c % 1000 == 1 ? "Infinity"
                    : ((u - 0.5) * (drift ? 5.0 : 4.0)).ToString("R", CultureInfo.InvariantCulture);
                var k = b % 37 == 0 ? string.Empty : ((long)(c % 200) + (drift ? 3 : 0)).ToString(CultureInfo.InvariantCulture);
                var code = "c" + ((a >> 7) % (drift ? 1200UL : 1000UL)).ToString(CultureInfo.InvariantCulture);
                var flag = (c >> 3) % 10 < (drift ? 4UL : 3UL) ? "true" : "false";
                var ts = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i * 7 + (drift ? 86_400 * 5 : 0)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{id},{x},{k},{seg},{code},{flag},{ts}\n");
            }

            return text.ToString();
        }

        private static ulong Next(ref ulong state)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Every field of every result, numbers in round-trip form.</summary>
    private static string Dump(RunResult run)
    {
        var text = new StringBuilder();
        foreach (var result in run.Results)
        {
            text.Append(CultureInfo.InvariantCulture, $"== {result.MonitorId} {result.Status} value={Number(result.Value)} warn={result.Warn} fail={result.Fail}\n");
            text.Append(CultureInfo.InvariantCulture, $"method={result.Method} reason={result.MethodReason} statistic={Number(result.Statistic)} p={Number(result.PValue)} metric={result.Metric}\n");
            text.Append("summary: ").Append(result.Evidence.Summary).Append('\n');
            foreach (var table in result.Evidence.Details)
            {
                text.Append("table ").Append(table.Title).Append(": ").Append(string.Join(" | ", table.Columns)).Append('\n');
                foreach (var row in table.Rows)
                {
                    text.Append("  ").Append(string.Join(" | ", row.Select(c => c.Text ?? Number(c.Number)))).Append('\n');
                }
            }

            if (result.Distribution is { } distribution)
            {
                text.Append(CultureInfo.InvariantCulture, $"distribution {distribution.Kind} {distribution.ReferenceCount} {distribution.CurrentCount} merged={distribution.MergedCategories}\n");
                foreach (var bin in distribution.Bins)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {bin.Label} {Number(bin.ReferenceShare)} {Number(bin.CurrentShare)}\n");
                }
            }
        }

        foreach (var gate in run.Gates)
        {
            text.Append(CultureInfo.InvariantCulture, $"gate {gate.Id} {gate.Status} blocking={string.Join(",", gate.Blocking)}\n");
        }

        return text.ToString();
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-";
}
