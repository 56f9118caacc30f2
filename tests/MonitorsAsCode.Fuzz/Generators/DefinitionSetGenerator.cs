using System.Globalization;
using System.Text;
using MonitorsAsCode.Fuzz.Harness;

namespace MonitorsAsCode.Fuzz.Generators;

/// <summary>
/// A structurally valid definitions folder (a dataset with CSV snapshots, monitors of six checks, a gate, two
/// SLOs and a runbook) whose names and free text are hostile by chance: ids, owners, services, descriptions,
/// labels, alert names, column names and category values carry <see cref="HostileText"/>. Which field got
/// what is noted on the case. The result is what a pull request could propose; <c>validate</c> decides
/// whether it is acceptable, and whatever it accepts every renderer must write safely.
/// </summary>
internal sealed class DefinitionSetGenerator(FuzzCase fuzzCase)
{
    private readonly Random random = fuzzCase.Random;

    /// <summary>The chance of each free-text field (descriptions, owners, summaries, label values, runbook text, column names, category values) getting hostile text, from 0 to 1.</summary>
    public double Hostility { get; init; } = 0.5;

    /// <summary>
    /// The chance of each name (ids, services, alert and label names) getting hostile text, which <c>validate</c>
    /// should refuse; otherwise a name is, a third of the time, unusual but well-formed (non-Latin letters, dots,
    /// 200 characters), which every renderer must then carry.
    /// </summary>
    public double NameHostility { get; init; }

    /// <summary>Writes the folder's files into the case's folder under <c>defs/</c> and returns that folder.</summary>
    public string Write()
    {
        var dataset = PickName("dataset id", "orders");
        var idColumn = "order_id";
        var timeColumn = "placed_at";
        var amount = Pick("amount column", "amount", chance: Hostility / 3);
        var category = Pick("category column", "category", chance: Hostility / 3);
        var owner = Pick("owner", "shop-data");
        string[] monitors =
        [
            PickName("monitor id 1", "amount-completeness"),
            PickName("monitor id 2", "orders-freshness"),
            PickName("monitor id 3", "amount-drift"),
            PickName("monitor id 4", "category-validity"),
            PickName("monitor id 5", "order-uniqueness"),
            PickName("monitor id 6", "schema"),
            PickName("monitor id 7", "category-drift"),
        ];
        var gate = PickName("gate id", "deploy");
        var slo = PickName("slo id", "checkout-latency");
        var stabilitySlo = PickName("second slo id", "category-stability");
        var runbook = PickName("runbook id", "orders-oncall", unusual: false);

        var datasets = new StringBuilder()
            .Append("datasets:\n")
            .Append("  - id: ").Append(Q(dataset)).Append('\n')
            .Append("    owner: ").Append(Q(owner)).Append('\n')
            .Append("    description: ").Append(Q(Pick("dataset description", "Orders placed in the shop."))).Append('\n')
            .Append("    snapshots: { reference: data/reference.csv, current: data/current.csv, captured_at: 2026-01-02T00:00:00Z }\n")
            .Append("    columns:\n")
            .Append("      ").Append(idColumn).Append(": { type: string, role: id }\n")
            .Append("      ").Append(timeColumn).Append(": { type: timestamp, role: event_time }\n")
            .Append("      ").Append(Q(amount)).Append(": { type: double, role: feature }\n")
            .Append("      ").Append(Q(category)).Append(": { type: string, role: feature }\n")
            .Append("      latency_ms: { type: double, role: other }\n")
            .Append("      status: { type: int64, role: other }\n");

        var m = new StringBuilder("monitors:\n");
        Monitor(m, monitors[0], dataset, owner, "completeness", $"    column: {Q(amount)}\n    warn: 0.1\n    fail: 0.5\n");
        Monitor(m, monitors[1], dataset, owner, "freshness", $"    column: {timeColumn}\n    warn: 24h\n    fail: 36h\n");
        Monitor(m, monitors[2], dataset, owner, "drift", $"    column: {Q(amount)}\n    method: psi\n    warn: 0.1\n    fail: 0.25\n");
        Monitor(m, monitors[3], dataset, owner, "validity", $"    column: {Q(category)}\n    allowed: reference\n    warn: 0.01\n    fail: 0.05\n");
        Monitor(m, monitors[4], dataset, owner, "uniqueness", $"    column: {idColumn}\n    warn: 0.01\n    fail: 0.05\n");
        Monitor(m, monitors[5], dataset, owner, "schema", "", severity: "act", runbookId: runbook);
        Monitor(m, monitors[6], dataset, owner, "drift", $"    column: {Q(category)}\n    method: jensen-shannon\n    warn: 0.1\n    fail: 0.3\n");

        var gates = new StringBuilder("gates:\n")
            .Append("  - id: ").Append(Q(gate)).Append('\n')
            .Append("    description: ").Append(Q(Pick("gate description", "Before a deploy."))).Append('\n')
            .Append("    monitors: [").Append(Q(monitors[0])).Append(", ").Append(Q(monitors[3])).Append(", ").Append(Q(monitors[5])).Append("]\n")
            .Append("    slos: [").Append(Q(stabilitySlo)).Append("]\n");

        var labelKey = PickName("alert label key", "team");
        var alertName = PickName("alert name", "CheckoutLatencyBurn");
        var slos = new StringBuilder("slos:\n")
            .Append("  - id: ").Append(Q(slo)).Append('\n')
            .Append("    service: ").Append(Q(PickName("slo service", "checkout-api"))).Append('\n')
            .Append("    description: ").Append(Q(Pick("slo description", "Orders are answered within 120 ms."))).Append('\n')
            .Append("    owner: ").Append(Q(owner)).Append('\n')
            .Append("    dataset: ").Append(Q(dataset)).Append('\n')
            .Append("    indicator:\n")
            .Append("      good: \"latency_ms <= 120\"\n")
            .Append("      total: \"status < 500\"\n")
            .Append("      prometheus:\n")
            .Append("        good_query: 'sum(rate(http_request_duration_seconds_bucket{job=\"checkout\",le=\"0.12\"}[{{.window}}]))'\n")
            .Append("        total_query: 'sum(rate(http_request_duration_seconds_count{job=\"checkout\"}[{{.window}}]))'\n")
            .Append("    objective: 0.99\n")
            .Append("    window: 28d\n")
            .Append("    alerting:\n")
            .Append("      name: ").Append(Q(alertName)).Append('\n')
            .Append("      labels: { ").Append(Q(labelKey)).Append(": ").Append(Q(Pick("alert label value", "shop"))).Append(" }\n")
            .Append("      annotations: { dashboard: ").Append(Q(Pick("alert annotation", "https://grafana.example/d/checkout"))).Append(" }\n")
            .Append("      page:\n")
            .Append("        runbook: ").Append(Q(runbook)).Append('\n')
            .Append("        summary: ").Append(Q(Pick("page summary", "Checkout latency burns its budget."))).Append('\n')
            .Append("      ticket:\n")
            .Append("        runbook: ").Append(Q(runbook)).Append('\n')
            .Append("  - id: ").Append(Q(stabilitySlo)).Append('\n')
            .Append("    service: ").Append(Q(PickName("second slo service", "checkout-model"))).Append('\n')
            .Append("    owner: ").Append(Q(owner)).Append('\n')
            .Append("    indicator:\n")
            .Append("      monitor: ").Append(Q(monitors[6])).Append('\n')
            .Append("    budgeting: timeslices\n")
            .Append("    time_slice: 1d\n")
            .Append("    objective: 0.9\n")
            .Append("    window: 28d\n");

        var runbooks = new StringBuilder("runbooks:\n")
            .Append("  - id: ").Append(Q(runbook)).Append('\n')
            .Append("    title: ").Append(Q(Pick("runbook title", "Orders on call"))).Append('\n')
            .Append("    meaning: ").Append(Q(Pick("runbook meaning", "The orders feed is broken."))).Append('\n')
            .Append("    causes: [").Append(Q(Pick("runbook cause", "The export job failed."))).Append("]\n")
            .Append("    mitigations:\n")
            .Append("      - action: rollback\n")
            .Append("        text: ").Append(Q(Pick("runbook mitigation", "Roll back the export job."))).Append('\n')
            .Append("    diagnostics:\n")
            .Append("      - text: ").Append(Q(Pick("runbook diagnostic", "Count today's rows."))).Append('\n')
            .Append("        query: ").Append(Q(Pick("runbook query", "SELECT count(*) FROM orders"))).Append('\n')
            .Append("        language: sql\n")
            .Append("    escalation:\n")
            .Append("      owner: ").Append(Q(owner)).Append('\n')
            .Append("      on_call: ").Append(Q(Pick("on-call", "shop-oncall"))).Append('\n')
            .Append("      steps: [").Append(Q(Pick("escalation step", "Page the lead after an hour."))).Append("]\n");

        fuzzCase.Write("defs/datasets.yaml", datasets.ToString());
        fuzzCase.Write("defs/monitors.yaml", m.ToString());
        fuzzCase.Write("defs/gates.yaml", gates.ToString());
        fuzzCase.Write("defs/slos.yaml", slos.ToString());
        fuzzCase.Write("defs/runbooks.yaml", runbooks.ToString());
        var categories = new[] { "a", "b", "c", Pick("category value", "d", chance: Hostility) };
        fuzzCase.Write("defs/data/reference.csv", Snapshot(amount, category, categories[..3], rows: 40, shift: 0));
        fuzzCase.Write("defs/data/current.csv", Snapshot(amount, category, categories, rows: 30 + random.Next(20), shift: random.Next(3)));
        return fuzzCase.PathOf("defs");
    }

    /// <summary>Quotes a value as a YAML scalar.</summary>
    private static string Q(string value) => YamlScalar.Quote(value);

    private void Monitor(StringBuilder yaml, string id, string dataset, string owner, string check, string specific, string severity = "investigate", string? runbookId = null)
    {
        yaml.Append("  - id: ").Append(Q(id)).Append('\n')
            .Append("    dataset: ").Append(Q(dataset)).Append('\n')
            .Append("    check: ").Append(check).Append('\n')
            .Append(specific)
            .Append("    severity: ").Append(severity).Append('\n')
            .Append("    owner: ").Append(Q(owner)).Append('\n')
            .Append("    description: ").Append(Q(Pick($"description of {check}", $"The {check} of orders holds."))).Append('\n');
        if (runbookId is not null)
        {
            yaml.Append("    runbook: ").Append(Q(runbookId)).Append('\n');
        }

        yaml.Append('\n');
    }

    private static readonly string[] UnusualNames = ["数据-ü", "a.b.c", "1st", new string('x', 200), "Ωmega_1", "a--b", "a..b", "ǅ-title", "a_b-c.d", "é", "x.."];

    private string PickName(string field, string ordinary, bool unusual = true)
    {
        if (random.NextDouble() < NameHostility)
        {
            return Pick(field, ordinary, chance: 1);
        }

        if (!unusual || random.Next(3) != 0)
        {
            return ordinary;
        }

        var name = ordinary + "-" + UnusualNames[random.Next(UnusualNames.Length)];
        fuzzCase.Note($"{field} = {name}");
        return name;
    }

    private string Pick(string field, string ordinary, double? chance = null)
    {
        if (random.NextDouble() >= (chance ?? Hostility))
        {
            return ordinary;
        }

        var hostile = HostileText.Next(random);
        fuzzCase.Note($"{field} = {Visible.Of(hostile)}");
        return hostile;
    }

    private string Snapshot(string amount, string category, string[] categories, int rows, int shift)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', new[] { "order_id", "placed_at", amount, category, "latency_ms", "status" }.Select(Csv))).Append('\n');
        for (var row = 0; row < rows; row++)
        {
            var placed = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(row * 17);
            var value = (row * 7 % 50) + (shift * 10) + 0.25;
            csv.Append(CultureInfo.InvariantCulture, $"o{row % (rows - 2)},{placed:yyyy-MM-ddTHH:mm:ssZ},")
                .Append(row % 9 == 0 ? "" : value.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Csv(categories[(row + shift) % categories.Length])).Append(',')
                .Append(CultureInfo.InvariantCulture, $"{40 + (row * 13 % 200)},{(row % 11 == 0 ? 503 : 200)}\n");
        }

        return csv.ToString();
    }

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
