using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Diffing;

namespace MonitorsAsCode.Engine.Tests.Diffing;

/// <summary>
/// The definitions of dataset <c>orders</c> as one YAML file, one monitor of every check and two gates,
/// for diff tests to edit one thing at a time. Loading fails the test if either side is invalid.
/// </summary>
internal static class OrdersDefinitions
{
    public const string FilePath = "monitors/orders/monitors.yaml";

    public const string Yaml = """
        datasets:
          - id: orders
            owner: shop-data
            description: Orders as the shop placed them.
            snapshots: { reference: data/reference.csv, current: data/current.csv, captured_at: 2026-01-02T00:00:00Z }
            columns:
              order_id:  { type: string, role: id }
              placed_at: { type: timestamp, role: event_time }
              amount:    { type: double, role: feature }
              channel:   { type: string, role: segment }

        monitors:
          - id: schema
            dataset: orders
            check: schema
            unexpected_columns: warn
            severity: info

          - id: amount-drift
            dataset: orders
            check: drift
            column: amount
            warn: 0.1
            fail: 0.25
            severity: act
            owner: shop-oncall
            runbook: runbooks/drift.md
            description: Amounts look like the reference month.

          - id: amount-completeness
            dataset: orders
            check: completeness
            column: amount
            warn: 0.01
            fail: 0.05
            owner: shop-data

          - id: channel-validity
            dataset: orders
            check: validity
            column: channel
            allowed: [web, app, store]
            fail: 0.01

          - id: amount-validity
            dataset: orders
            check: validity
            column: amount
            min: 0
            max: 10000
            fail: 0.01

          - id: order-id-uniqueness
            dataset: orders
            check: uniqueness
            columns: [order_id, channel]
            fail: 0

          - id: orders-volume
            dataset: orders
            check: volume
            warn: { below: 0.8, above: 1.25 }
            fail: { below: 0.5, above: 2 }

          - id: orders-freshness
            dataset: orders
            check: freshness
            column: placed_at
            warn: 24h
            fail: 36h
            severity: investigate

        gates:
          - id: deploy
            description: Safe to ship a model.
            monitors: [schema, amount-drift, amount-completeness]
          - id: retrain
            monitors: [amount-drift, orders-volume]

        """;

    /// <summary>The base definitions with <paramref name="before"/> replaced by <paramref name="after"/>, which must occur exactly once.</summary>
    public static string Edit(string before, string after) => Edit(Yaml, before, after);

    /// <summary><paramref name="yaml"/> with <paramref name="before"/> replaced by <paramref name="after"/>, which must occur exactly once.</summary>
    public static string Edit(string yaml, string before, string after)
    {
        var first = yaml.IndexOf(before, StringComparison.Ordinal);
        first.Should().BeGreaterThanOrEqualTo(0, "the edit must find '{0}'", before);
        yaml.IndexOf(before, first + 1, StringComparison.Ordinal).Should().Be(-1, "the edit must be unambiguous: '{0}'", before);
        return yaml.Remove(first, before.Length).Insert(first, after);
    }

    /// <summary>Loads (path, YAML) pairs; the test fails if the loader reports an error.</summary>
    public static DefinitionSet Load(params (string Path, string Yaml)[] files)
    {
        var loaded = YamlDefinitionLoader.Load(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Yaml)));
        loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).Should().BeEmpty("the test definitions must be valid");
        return loaded.Definitions;
    }

    /// <summary>The changes from the base definitions to <paramref name="after"/>, both as <see cref="FilePath"/>.</summary>
    public static IReadOnlyList<DefinitionChange> DiffTo(string after) => Diff(Yaml, after);

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, both as <see cref="FilePath"/>.</summary>
    public static IReadOnlyList<DefinitionChange> Diff(string before, string after) =>
        DefinitionDiff.Compare(Load((FilePath, before)), Load((FilePath, after))).Changes;
}
