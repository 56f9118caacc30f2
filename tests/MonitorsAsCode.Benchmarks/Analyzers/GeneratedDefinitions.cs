using System.Globalization;
using System.Text;

namespace MonitorsAsCode.Benchmarks.Analyzers;

/// <summary>
/// A project's worth of valid definitions for the analyzer benchmark: <c>monitors</c> monitors over datasets of
/// twenty columns (a hundred monitors per dataset), cycling through drift, completeness, validity, uniqueness,
/// freshness and volume checks with thresholds, severities, owners and runbooks, and a gate per dataset. The same
/// definitions are written as one C# <c>MonitorSet</c> and as YAML files.
/// </summary>
internal sealed class GeneratedDefinitions
{
    private const int MonitorsPerDataset = 100;
    private const int NumericColumns = 12;
    private const int TextColumns = 6;

    private GeneratedDefinitions(string csharp, IReadOnlyList<KeyValuePair<string, string>> yaml)
    {
        CSharp = csharp;
        Yaml = yaml;
    }

    /// <summary>One C# file holding a <c>MonitorSet</c> with every definition.</summary>
    public string CSharp { get; }

    /// <summary>The same definitions as YAML files (path, text): datasets, monitors and gates.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Yaml { get; }

    public static GeneratedDefinitions Create(int monitors)
    {
        var datasets = (monitors + MonitorsPerDataset - 1) / MonitorsPerDataset;
        var code = new StringBuilder();
        code.Append("""
            using System;
            using MonitorsAsCode.Definitions.Building;
            using MonitorsAsCode.Definitions.Datasets;
            using MonitorsAsCode.Definitions.Monitors;

            namespace Generated.Monitors;

            public sealed class GeneratedMonitors : MonitorSet
            {
                public override void Define(MonitorBuilder m)
                {

            """);
        var datasetsYaml = new StringBuilder("datasets:\n");
        var monitorsYaml = new StringBuilder("monitors:\n");
        var gatesYaml = new StringBuilder("gates:\n");
        var written = 0;
        for (var d = 0; d < datasets; d++)
        {
            var dataset = "dataset-" + Number(d);
            var local = "data" + Number(d);
            code.Append(CultureInfo.InvariantCulture, $"        var {local} = m.Dataset(\"{dataset}\", owner: \"team-{d % 7}\")\n");
            code.Append(CultureInfo.InvariantCulture, $"            .Snapshots(reference: \"data/{dataset}/reference.parquet\", current: \"data/{dataset}/current.parquet\")\n");
            code.Append("            .Column(\"id\", ColumnType.String, ColumnRole.Id)\n");
            code.Append("            .Column(\"event_time\", ColumnType.Timestamp, ColumnRole.EventTime)");
            datasetsYaml.Append(CultureInfo.InvariantCulture, $"  - id: {dataset}\n    owner: team-{d % 7}\n");
            datasetsYaml.Append(CultureInfo.InvariantCulture, $"    snapshots: {{ reference: data/{dataset}/reference.parquet, current: data/{dataset}/current.parquet }}\n");
            datasetsYaml.Append("    columns:\n      id: { type: string, role: id }\n      event_time: { type: timestamp, role: event_time }\n");
            for (var c = 0; c < NumericColumns; c++)
            {
                code.Append(CultureInfo.InvariantCulture, $"\n            .Column(\"x{c}\", ColumnType.Double)");
                datasetsYaml.Append(CultureInfo.InvariantCulture, $"      x{c}: {{ type: double }}\n");
            }

            for (var c = 0; c < TextColumns; c++)
            {
                code.Append(CultureInfo.InvariantCulture, $"\n            .Column(\"s{c}\", ColumnType.String)");
                datasetsYaml.Append(CultureInfo.InvariantCulture, $"      s{c}: {{ type: string }}\n");
            }

            code.Append(";\n\n");
            var members = new List<string>();
            for (var i = 0; i < MonitorsPerDataset && written < monitors; i++, written++)
            {
                var id = dataset + "-m" + Number(i);
                var x = "x" + (i % NumericColumns).ToString(CultureInfo.InvariantCulture);
                var s = "s" + (i % TextColumns).ToString(CultureInfo.InvariantCulture);
                var severity = (i % 3) switch { 0 => "Act", 1 => "Investigate", _ => "Info" };
                var (call, yaml) = (i % 8) switch
                {
                    0 => ($"m.Drift(\"{id}\", {local}, \"{x}\", DriftMethod.Psi).Warn(0.1).Fail(0.25)", $"check: drift, column: {x}, method: psi, warn: 0.1, fail: 0.25"),
                    1 => ($"m.Drift(\"{id}\", {local}, \"{s}\", DriftMethod.JensenShannon).Warn(0.1).Fail(0.2)", $"check: drift, column: {s}, method: jensen-shannon, warn: 0.1, fail: 0.2"),
                    2 => ($"m.Drift(\"{id}\", {local}, \"{x}\", DriftMethod.KolmogorovSmirnov).WarnBelow(0.05).FailBelow(0.01)", $"check: drift, column: {x}, method: ks, warn: 0.05, fail: 0.01"),
                    3 => ($"m.Completeness(\"{id}\", {local}, \"{x}\").Warn(0.01).Fail(0.05)", $"check: completeness, column: {x}, warn: 0.01, fail: 0.05"),
                    4 => ($"m.Validity(\"{id}\", {local}, \"{x}\").Range(0, 1000).Warn(0.001).Fail(0.01)", $"check: validity, column: {x}, min: 0, max: 1000, warn: 0.001, fail: 0.01"),
                    5 => ($"m.Validity(\"{id}\", {local}, \"{s}\").Allowed(\"a\", \"b\", \"c\").Warn(0.001).Fail(0.01)", $"check: validity, column: {s}, allowed: [a, b, c], warn: 0.001, fail: 0.01"),
                    6 => ($"m.Freshness(\"{id}\", {local}, \"event_time\").Warn(TimeSpan.FromHours(24)).Fail(TimeSpan.FromHours(36))", "check: freshness, column: event_time, warn: 24h, fail: 36h"),
                    _ => ($"m.Volume(\"{id}\", {local}).Warn(below: 0.8, above: 1.25).Fail(below: 0.5, above: 2)", "check: volume, warn: { below: 0.8, above: 1.25 }, fail: { below: 0.5, above: 2 }"),
                };
                code.Append(CultureInfo.InvariantCulture, $"        {call}\n            .Severity(Severity.{severity}).Owner(\"oncall-{d % 7}\").Runbook(\"runbooks/{i % 5}.md\");\n");
                monitorsYaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {id}, dataset: {dataset}, {yaml}, severity: {severity.ToLowerInvariant()}, owner: oncall-{d % 7}, runbook: runbooks/{i % 5}.md }}\n");
                if (i % 5 == 0)
                {
                    members.Add(id);
                }
            }

            code.Append(CultureInfo.InvariantCulture, $"        m.Gate(\"deploy-{Number(d)}\", {string.Join(", ", members.Select(id => "\"" + id + "\""))});\n\n");
            gatesYaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: deploy-{Number(d)}, monitors: [{string.Join(", ", members)}] }}\n");
        }

        code.Append("    }\n}\n");
        return new GeneratedDefinitions(code.ToString(), [new("monitors/datasets.yaml", datasetsYaml.ToString()), new("monitors/monitors.yaml", monitorsYaml.ToString()), new("monitors/gates.yaml", gatesYaml.ToString())]);
    }

    private static string Number(int value) => value.ToString("D3", CultureInfo.InvariantCulture);
}
