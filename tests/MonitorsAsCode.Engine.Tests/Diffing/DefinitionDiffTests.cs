using MonitorsAsCode.Engine.Diffing;
using static MonitorsAsCode.Engine.Tests.Diffing.OrdersDefinitions;

namespace MonitorsAsCode.Engine.Tests.Diffing;

/// <summary>
/// Every class of change between two versions of the definitions, with its risk and summary, and the
/// changes that are no change at all (formatting, files, defaults). Runs under de-DE so a decimal
/// comma cannot leak into a summary.
/// </summary>
[UseCulture("de-DE")]
public sealed class DefinitionDiffTests
{
    // --- no change --------------------------------------------------------------------------------

    [Fact]
    public void Identical_definitions_have_no_changes()
    {
        DiffTo(Yaml).Should().BeEmpty();
    }

    [Fact]
    public void Reformatted_yaml_is_no_change()
    {
        // Keys reordered, comments, quoting, flow and block styles swapped, columns reordered,
        // numbers and durations spelt differently, defaults written out.
        const string reformatted = """
            # Orders, rewritten by hand.
            gates:
              - monitors:
                  - "schema"
                  - amount-drift
                  - 'amount-completeness'
                id: deploy
                description: "Safe to ship a model."
              - { id: retrain, monitors: [orders-volume, amount-drift] }   # members reordered

            monitors:
              - { id: orders-freshness, dataset: orders, check: freshness, column: placed_at, warn: 1d, fail: 1d12h }
              - id: "amount-drift"
                description: 'Amounts look like the reference month.'
                runbook: "runbooks/drift.md"
                owner: shop-oncall
                severity: act
                fail: 2.5e-1
                warn: 0.10
                method: psi
                bins: 10
                enabled: true
                column: amount
                check: drift
                dataset: orders
              - id: amount-completeness
                dataset: orders
                check: completeness
                columns: [amount]
                warn: 1e-2
                fail: 0.050
                severity: investigate
                owner: shop-data
              - id: channel-validity
                dataset: orders
                check: validity
                column: channel
                allowed: [store, web, app]
                fail: 0.01
              - id: amount-validity
                dataset: orders
                check: validity
                column: amount
                max: 1e4
                min: 0.0
                fail: 0.01
              - id: order-id-uniqueness
                dataset: orders
                check: uniqueness
                columns: [channel, order_id]
                fail: 0.0
              - id: orders-volume
                dataset: orders
                check: volume
                fail: { above: 2.0, below: 0.5 }
                warn:
                  above: 1.25
                  below: 0.8
              - id: schema
                dataset: orders
                check: schema
                severity: info

            datasets:
              - id: orders
                columns:
                  channel:   { role: segment, type: string }
                  amount:    { type: double }
                  order_id:  { type: string, role: id }
                  placed_at:
                    type: timestamp
                    role: event_time
                snapshots:
                  captured_at: 2026-01-02T01:00:00+01:00
                  current: ./data/current.csv
                  reference: data/../data/reference.csv
                owner: "shop-data"
                description: Orders as the shop placed them.
            """;

        DiffTo(reformatted).Should().BeEmpty();
    }

    [Fact]
    public void Monitors_moved_to_other_files_keep_their_identity()
    {
        var monitorsAt = Yaml.IndexOf("monitors:\n", StringComparison.Ordinal);
        var gatesAt = Yaml.IndexOf("gates:\n", StringComparison.Ordinal);
        var before = Load((FilePath, Yaml));
        var after = Load(
            ("monitors/orders/gates/deploy.yaml", Yaml[gatesAt..]),
            ("monitors/orders/quality.yml", Yaml[monitorsAt..gatesAt]),
            ("monitors/orders/monitors.yaml", Yaml[..monitorsAt]));

        DefinitionDiff.Compare(before, after).Changes.Should().BeEmpty();
    }

    // --- monitors ---------------------------------------------------------------------------------

    [Fact]
    public void Added_monitor_is_tightening_and_describes_what_it_checks()
    {
        var after = Edit("\ngates:", """
              - id: amount-drift-js
                dataset: orders
                check: drift
                column: amount
                method: jensen-shannon
                warn: 0.05
                fail: 0.1
                severity: act
                runbook: runbooks/drift.md

            gates:
            """.Insert(0, "\n"));

        var change = DiffTo(after).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(
            ChangeKind.MonitorAdded, "amount-drift-js", null, null, "drift amount (jensen-shannon), warn 0.05, fail 0.1, severity act",
            ChangeRisk.Tightening, "monitor added: drift amount (jensen-shannon), warn 0.05, fail 0.1, severity act"));
    }

    [Fact]
    public void Removed_monitor_is_risky()
    {
        var after = Edit("""
              - id: amount-completeness
                dataset: orders
                check: completeness
                column: amount
                warn: 0.01
                fail: 0.05
                owner: shop-data

            """, string.Empty);
        after = Edit(after, "[schema, amount-drift, amount-completeness]", "[schema, amount-drift]");

        var changes = DiffTo(after);

        changes.Should().Equal(
            new DefinitionChange(ChangeKind.MonitorRemoved, "amount-completeness", null, "completeness amount, warn 0.01, fail 0.05, severity investigate", null,
                ChangeRisk.Risky, "monitor removed (was completeness amount, warn 0.01, fail 0.05, severity investigate)"),
            new DefinitionChange(ChangeKind.GateMemberRemoved, "deploy", "monitors", "amount-completeness", null,
                ChangeRisk.Risky, "monitor amount-completeness removed from the gate"));
    }

    [Theory]
    [InlineData("fail: 0.25\n", "fail: 0.5\n", "fail", ChangeKind.ThresholdLoosened, "fail threshold loosened 0.25 → 0.5")]
    [InlineData("fail: 0.25\n", "fail: 0.2\n", "fail", ChangeKind.ThresholdTightened, "fail threshold tightened 0.25 → 0.2")]
    [InlineData("warn: 0.1\n    fail: 0.25", "warn: 0.15\n    fail: 0.25", "warn", ChangeKind.ThresholdLoosened, "warn threshold loosened 0.1 → 0.15")]
    [InlineData("warn: 0.1\n    fail: 0.25", "warn: 0.05\n    fail: 0.25", "warn", ChangeKind.ThresholdTightened, "warn threshold tightened 0.1 → 0.05")]
    public void Raising_an_upper_limit_loosens_it_and_lowering_tightens_it(string before, string after, string field, ChangeKind kind, string summary)
    {
        var change = DiffTo(Edit(before, after)).Should().ContainSingle().Subject;

        change.Kind.Should().Be(kind);
        change.Subject.Should().Be("amount-drift");
        change.Field.Should().Be(field);
        change.Risk.Should().Be(kind == ChangeKind.ThresholdLoosened ? ChangeRisk.Risky : ChangeRisk.Tightening);
        change.Summary.Should().Be(summary);
    }

    [Fact]
    public void Removed_threshold_is_loosened_and_added_threshold_is_tightened()
    {
        var withoutWarn = Edit("warn: 0.01\n    fail: 0.05", "fail: 0.05");

        var removed = DiffTo(withoutWarn).Should().ContainSingle().Subject;
        var added = Diff(withoutWarn, Yaml).Should().ContainSingle().Subject;

        removed.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "amount-completeness", "warn", "0.01", null, ChangeRisk.Risky, "warn threshold removed (was 0.01)"));
        added.Should().Be(new DefinitionChange(ChangeKind.ThresholdTightened, "amount-completeness", "warn", null, "0.01", ChangeRisk.Tightening, "warn threshold added: 0.01"));
    }

    [Theory]
    [InlineData("{ below: 0.7, above: 1.25 }", ChangeKind.ThresholdLoosened, "warn threshold loosened < 0.8 or > 1.25 → < 0.7 or > 1.25")]
    [InlineData("{ below: 0.8, above: 1.5 }", ChangeKind.ThresholdLoosened, "warn threshold loosened < 0.8 or > 1.25 → < 0.8 or > 1.5")]
    [InlineData("{ below: 0.7, above: 1.5 }", ChangeKind.ThresholdLoosened, "warn threshold loosened < 0.8 or > 1.25 → < 0.7 or > 1.5")]
    [InlineData("{ above: 1.25 }", ChangeKind.ThresholdLoosened, "warn threshold loosened < 0.8 or > 1.25 → 1.25")]
    [InlineData("{ below: 0.9, above: 1.1 }", ChangeKind.ThresholdTightened, "warn threshold tightened < 0.8 or > 1.25 → < 0.9 or > 1.1")]
    [InlineData("{ below: 0.9, above: 1.25 }", ChangeKind.ThresholdTightened, "warn threshold tightened < 0.8 or > 1.25 → < 0.9 or > 1.25")]
    public void Widening_a_band_loosens_it_and_narrowing_tightens_it(string warn, ChangeKind kind, string summary)
    {
        var change = DiffTo(Edit("warn: { below: 0.8, above: 1.25 }", "warn: " + warn)).Should().ContainSingle().Subject;

        change.Kind.Should().Be(kind);
        change.Subject.Should().Be("orders-volume");
        change.Summary.Should().Be(summary);
    }

    [Fact]
    public void Band_moved_so_one_side_loosens_is_loosened_and_says_which_side()
    {
        var change = DiffTo(Edit("warn: { below: 0.8, above: 1.25 }", "warn: { below: 0.9, above: 1.5 }")).Should().ContainSingle().Subject;

        change.Kind.Should().Be(ChangeKind.ThresholdLoosened);
        change.Risk.Should().Be(ChangeRisk.Risky);
        change.Summary.Should().Be("warn threshold loosened < 0.8 or > 1.25 → < 0.9 or > 1.5 (above loosened, below tightened)");
    }

    [Fact]
    public void Freshness_thresholds_are_written_as_durations()
    {
        var change = DiffTo(Edit("fail: 36h", "fail: 2d")).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "orders-freshness", "fail", "36h", "48h", ChangeRisk.Risky, "fail threshold loosened 36h → 48h"));
    }

    [Fact]
    public void Limits_that_round_alike_are_written_exactly()
    {
        var change = DiffTo(Edit("warn: 0.1\n    fail: 0.25", "warn: 0.100001\n    fail: 0.25")).Should().ContainSingle().Subject;

        change.Summary.Should().Be("warn threshold loosened 0.1 → 0.100001");
    }

    [Fact]
    public void Lowering_a_p_value_limit_loosens_it_because_smaller_is_worse()
    {
        var ks = Edit("column: amount\n    warn: 0.1\n    fail: 0.25", "column: amount\n    method: ks\n    warn: 0.05\n    fail: 0.01");

        var loosened = Diff(ks, Edit(ks, "warn: 0.05\n    fail: 0.01", "warn: 0.05\n    fail: 0.001")).Should().ContainSingle().Subject;
        var tightened = Diff(ks, Edit(ks, "warn: 0.05", "warn: 0.1")).Should().ContainSingle().Subject;

        loosened.Kind.Should().Be(ChangeKind.ThresholdLoosened);
        loosened.Risk.Should().Be(ChangeRisk.Risky);
        tightened.Kind.Should().Be(ChangeKind.ThresholdTightened);
    }

    [Fact]
    public void Null_share_change_limits_of_a_drift_monitor_are_judged_like_thresholds()
    {
        var limited = Edit("column: amount\n    warn: 0.1", "column: amount\n    null_share_change: { warn: 0.05, fail: 0.1 }\n    warn: 0.1");

        var change = Diff(limited, Edit(limited, "fail: 0.1 }", "fail: 0.2 }")).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "amount-drift", "null_share_change.fail", "0.1", "0.2", ChangeRisk.Risky, "null_share_change.fail threshold loosened 0.1 → 0.2"));
    }

    [Fact]
    public void Threshold_changed_with_the_drift_method_is_neutral_because_the_metrics_differ()
    {
        var changes = DiffTo(Edit("column: amount\n    warn: 0.1\n    fail: 0.25", "column: amount\n    method: wasserstein\n    warn: 0.1\n    fail: 0.5"));

        changes.Should().Equal(
            new DefinitionChange(ChangeKind.MethodChanged, "amount-drift", "method", "psi", "wasserstein", ChangeRisk.Neutral, "method changed psi → wasserstein"),
            new DefinitionChange(ChangeKind.ThresholdChanged, "amount-drift", "fail", "0.25", "0.5", ChangeRisk.Neutral, "fail threshold changed 0.25 → 0.5 with the metric (psi → normed wasserstein distance)"));
    }

    [Theory]
    [InlineData("act", "investigate", ChangeKind.SeverityLowered, ChangeRisk.Risky, "severity lowered act → investigate")]
    [InlineData("act", "info", ChangeKind.SeverityLowered, ChangeRisk.Risky, "severity lowered act → info")]
    public void Lowered_severity_is_risky(string before, string after, ChangeKind kind, ChangeRisk risk, string summary)
    {
        var change = DiffTo(Edit("severity: " + before + "\n    owner: shop-oncall", "severity: " + after + "\n    owner: shop-oncall")).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(kind, "amount-drift", "severity", before, after, risk, summary));
    }

    [Fact]
    public void Raised_severity_is_tightening_and_the_default_counts_as_investigate()
    {
        var change = DiffTo(Edit("fail: 0.05\n    owner: shop-data", "fail: 0.05\n    severity: act\n    runbook: runbooks/nulls.md\n    owner: shop-data"))
            .Where(c => c.Field == "severity").Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(ChangeKind.SeverityRaised, "amount-completeness", "severity", "investigate", "act", ChangeRisk.Tightening, "severity raised investigate → act"));
    }

    [Fact]
    public void Owner_change_is_neutral()
    {
        var change = DiffTo(Edit("owner: shop-oncall", "owner: payments-oncall")).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(ChangeKind.OwnerChanged, "amount-drift", "owner", "shop-oncall", "payments-oncall", ChangeRisk.Neutral, "owner changed shop-oncall → payments-oncall"));
    }

    [Fact]
    public void Runbook_changed_or_added_is_neutral_and_removed_is_risky()
    {
        var moved = DiffTo(Edit("runbook: runbooks/drift.md", "runbook: runbooks/amount-drift.md"));
        var added = DiffTo(Edit("owner: shop-data\n\n  - id: channel", "owner: shop-data\n    runbook: runbooks/nulls.md\n\n  - id: channel"));
        var removed = DiffTo(Edit("severity: act\n    owner: shop-oncall\n    runbook: runbooks/drift.md", "severity: investigate\n    owner: shop-oncall"));

        moved.Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.RunbookChanged, "amount-drift", "runbook", "runbooks/drift.md", "runbooks/amount-drift.md", ChangeRisk.Neutral, "runbook changed runbooks/drift.md → runbooks/amount-drift.md"));
        added.Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.RunbookAdded, "amount-completeness", "runbook", null, "runbooks/nulls.md", ChangeRisk.Neutral, "runbook added: runbooks/nulls.md"));
        removed.Where(c => c.Field == "runbook").Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.RunbookRemoved, "amount-drift", "runbook", "runbooks/drift.md", null, ChangeRisk.Risky, "runbook removed (was runbooks/drift.md)"));
    }

    [Fact]
    public void Check_column_and_method_changes_are_neutral()
    {
        var column = DiffTo(Edit("check: completeness\n    column: amount", "check: completeness\n    column: channel")).Should().ContainSingle().Subject;
        var method = DiffTo(Edit("column: amount\n    warn: 0.1\n    fail: 0.25", "column: amount\n    method: jensen-shannon\n    warn: 0.1\n    fail: 0.25"));
        var check = DiffTo(Edit("check: completeness\n    column: amount\n    warn: 0.01\n    fail: 0.05", "check: validity\n    column: amount\n    min: 0\n    warn: 0.01\n    fail: 0.05"));

        column.Should().Be(new DefinitionChange(ChangeKind.ColumnChanged, "amount-completeness", "column", "amount", "channel", ChangeRisk.Neutral, "column changed amount → channel"));
        method.Should().ContainSingle().Which.Should().Be(new DefinitionChange(ChangeKind.MethodChanged, "amount-drift", "method", "psi", "jensen-shannon", ChangeRisk.Neutral, "method changed psi → jensen-shannon"));
        check.Should().ContainSingle().Which.Should().Be(new DefinitionChange(ChangeKind.CheckChanged, "amount-completeness", "check", "completeness", "validity", ChangeRisk.Neutral, "check changed completeness → validity"));
    }

    [Fact]
    public void Check_settings_changes_are_named_by_their_field()
    {
        var yaml = Edit("column: amount\n    warn: 0.1", "column: amount\n    bins: 20\n    warn: 0.1");
        yaml = Edit(yaml, "unexpected_columns: warn", "unexpected_columns: ignore");
        yaml = Edit(yaml, "columns: [order_id, channel]", "columns: [order_id]");

        var changes = DiffTo(yaml);

        changes.Select(c => (c.Kind, c.Subject, c.Summary)).Should().Equal(
            (ChangeKind.CheckChanged, "amount-drift", "bins changed 10 → 20"),
            (ChangeKind.ColumnChanged, "order-id-uniqueness", "columns changed order_id, channel → order_id"),
            (ChangeKind.CheckChanged, "schema", "unexpected_columns changed warn → ignore"));
        changes.Should().OnlyContain(c => c.Risk == ChangeRisk.Neutral);
    }

    [Fact]
    public void Disabled_monitor_is_risky_and_enabling_it_again_is_tightening()
    {
        var disabled = Edit("severity: info\n", "severity: info\n    enabled: false\n");

        DiffTo(disabled).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.MonitorDisabled, "schema", "enabled", "true", "false", ChangeRisk.Risky, "monitor disabled"));
        Diff(disabled, Yaml).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.MonitorEnabled, "schema", "enabled", "false", "true", ChangeRisk.Tightening, "monitor enabled"));
    }

    [Fact]
    public void Description_change_is_neutral_and_carries_both_texts()
    {
        var change = DiffTo(Edit("description: Amounts look like the reference month.", "description: Amounts look like last month.")).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(ChangeKind.DescriptionChanged, "amount-drift", "description", "Amounts look like the reference month.", "Amounts look like last month.", ChangeRisk.Neutral, "description changed"));
    }

    // --- gates ------------------------------------------------------------------------------------

    [Fact]
    public void Added_gate_is_tightening_and_removed_gate_is_risky()
    {
        var withoutRetrain = Edit("  - id: retrain\n    monitors: [amount-drift, orders-volume]\n", string.Empty);

        DiffTo(withoutRetrain).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.GateRemoved, "retrain", null, "amount-drift, orders-volume", null, ChangeRisk.Risky, "gate removed (it held amount-drift, orders-volume)"));
        Diff(withoutRetrain, Yaml).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.GateAdded, "retrain", null, null, "amount-drift, orders-volume", ChangeRisk.Tightening, "gate added with monitors amount-drift, orders-volume"));
    }

    [Fact]
    public void Monitor_taken_out_of_a_gate_is_risky_and_one_put_in_is_tightening()
    {
        var changes = DiffTo(Edit("[amount-drift, orders-volume]", "[orders-volume, orders-freshness]"));

        changes.Should().Equal(
            new DefinitionChange(ChangeKind.GateMemberRemoved, "retrain", "monitors", "amount-drift", null, ChangeRisk.Risky, "monitor amount-drift removed from the gate"),
            new DefinitionChange(ChangeKind.GateMemberAdded, "retrain", "monitors", null, "orders-freshness", ChangeRisk.Tightening, "monitor orders-freshness added to the gate"));
    }

    [Theory]
    [InlineData("[{ id: small, budget_remaining: 0.25 }]", ChangeKind.ThresholdLoosened, "0.5", "0.25", "SLO small budget requirement loosened 0.5 → 0.25")]
    [InlineData("[{ id: small, budget_remaining: 0.75 }]", ChangeKind.ThresholdTightened, "0.5", "0.75", "SLO small budget requirement tightened 0.5 → 0.75")]
    [InlineData("[small]", ChangeKind.ThresholdLoosened, "0.5", null, "SLO small budget requirement removed (was 0.5); the SLO's own verdict applies")]
    public void A_gates_own_budget_of_an_slo_is_loosened_when_it_asks_for_less(string after, ChangeKind kind, string? old, string? current, string summary)
    {
        var change = Diff(WithGateSlos("[{ id: small, budget_remaining: 0.5 }]"), WithGateSlos(after)).Should().ContainSingle().Subject;

        change.Should().Be(new DefinitionChange(kind, "retrain", "slos.small.budget_remaining", old, current, kind == ChangeKind.ThresholdLoosened ? ChangeRisk.Risky : ChangeRisk.Tightening, summary));
    }

    [Fact]
    public void An_slo_taken_out_of_a_gate_is_risky_and_one_put_in_is_tightening()
    {
        Diff(WithGateSlos("[small]"), WithGateSlos("[]")).Should().Equal(
            new DefinitionChange(ChangeKind.GateMemberRemoved, "retrain", "slos", "small", null, ChangeRisk.Risky, "SLO small removed from the gate"));
        Diff(WithGateSlos("[]"), WithGateSlos("[{ id: small, budget_remaining: 0.5 }]")).Should().Equal(
            new DefinitionChange(ChangeKind.GateMemberAdded, "retrain", "slos", null, "small", ChangeRisk.Tightening, "SLO small added to the gate"));
    }

    // --- datasets ---------------------------------------------------------------------------------

    [Fact]
    public void Dataset_added_and_removed_are_neutral()
    {
        var withPayments = Edit("\nmonitors:", """

              - id: payments
                snapshots: { current: data/payments.csv }
                columns:
                  payment_id: { type: string, role: id }

            monitors:
            """);

        DiffTo(withPayments).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.DatasetAdded, "payments", null, null, "1 column", ChangeRisk.Neutral, "dataset added with 1 column"));
        Diff(withPayments, Yaml).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.DatasetRemoved, "payments", null, "1 column", null, ChangeRisk.Neutral, "dataset removed (it had 1 column)"));
    }

    [Fact]
    public void Dataset_columns_added_removed_and_retyped_are_neutral()
    {
        var yaml = Edit("  channel:   { type: string, role: segment }\n", "  country:   { type: string }\n");
        yaml = Edit(yaml, "order_id:  { type: string, role: id }", "order_id:  { type: int64, role: other }");
        yaml = Edit(yaml, "column: channel\n    allowed: [web, app, store]", "column: country\n    allowed: [web, app, store]");
        yaml = Edit(yaml, "columns: [order_id, channel]", "columns: [order_id, country]");

        var changes = DiffTo(yaml).Where(c => c.Subject == "orders").ToList();

        changes.Should().Equal(
            new DefinitionChange(ChangeKind.DatasetColumnAdded, "orders", "columns.country", null, "string, feature", ChangeRisk.Neutral, "column country added (string, feature)"),
            new DefinitionChange(ChangeKind.DatasetColumnRemoved, "orders", "columns.channel", "string, segment", null, ChangeRisk.Neutral, "column channel removed (was string, segment)"),
            new DefinitionChange(ChangeKind.DatasetColumnTypeChanged, "orders", "columns.order_id.type", "string", "int64", ChangeRisk.Neutral, "column order_id type changed string → int64"),
            new DefinitionChange(ChangeKind.DatasetColumnRoleChanged, "orders", "columns.order_id.role", "id", "other", ChangeRisk.Neutral, "column order_id role changed id → other"));
    }

    [Fact]
    public void Snapshot_paths_compare_as_the_files_they_name()
    {
        var renamed = Edit("current: data/current.csv, captured_at: 2026-01-02T00:00:00Z", "current: data/current-v2.csv, captured_at: 2026-01-03T00:00:00Z");
        var sameFile = Edit("reference: data/reference.csv", "reference: ./data/../data/reference.csv");

        DiffTo(renamed).Should().Equal(
            new DefinitionChange(ChangeKind.SnapshotsChanged, "orders", "snapshots.current", "monitors/orders/data/current.csv", "monitors/orders/data/current-v2.csv", ChangeRisk.Neutral, "current snapshot changed monitors/orders/data/current.csv → monitors/orders/data/current-v2.csv"),
            new DefinitionChange(ChangeKind.SnapshotsChanged, "orders", "snapshots.captured_at", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z", ChangeRisk.Neutral, "captured_at changed 2026-01-02T00:00:00Z → 2026-01-03T00:00:00Z"));
        DiffTo(sameFile).Should().BeEmpty();
    }

    [Fact]
    public void A_reference_window_in_place_of_a_fixed_reference_is_a_snapshots_change()
    {
        var windowed = Edit("reference: data/reference.csv, current: data/current.csv", "reference: { window: 28d, offset: 7d }, current: data/events");

        DiffTo(windowed).Select(c => c.Summary).Should().Equal(
            "reference snapshot changed monitors/orders/data/reference.csv → none",
            "current snapshot changed monitors/orders/data/current.csv → monitors/orders/data/events",
            "reference window changed none → the 28d ending 7d before the window");
    }

    [Fact]
    public void Moving_the_dataset_file_with_unchanged_relative_paths_changes_its_snapshots()
    {
        var before = Load((FilePath, Yaml));
        var after = Load(("monitors/orders/v2/monitors.yaml", Yaml));

        var changes = DefinitionDiff.Compare(before, after).Changes;

        changes.Select(c => c.Field).Should().Equal("snapshots.reference", "snapshots.current");
        changes[1].After.Should().Be("monitors/orders/v2/data/current.csv");
    }

    // --- order ------------------------------------------------------------------------------------

    [Fact]
    public void Changes_are_ordered_risky_first_then_by_subject_then_by_kind()
    {
        var yaml = Edit("owner: shop-oncall", "owner: payments-oncall");
        yaml = Edit(yaml, "fail: 0.05\n", "fail: 0.1\n");
        yaml = Edit(yaml, "warn: 24h\n    fail: 36h\n    severity: investigate", "warn: 12h\n    fail: 36h\n    severity: info");
        yaml = Edit(yaml, "fail: 0.25\n", "fail: 0.5\n");
        yaml = Edit(yaml, "[amount-drift, orders-volume]", "[amount-drift, orders-volume, amount-validity]");

        var changes = DiffTo(yaml);

        changes.Select(c => (c.Risk, c.Subject, c.Kind)).Should().Equal(
            (ChangeRisk.Risky, "amount-completeness", ChangeKind.ThresholdLoosened),
            (ChangeRisk.Risky, "amount-drift", ChangeKind.ThresholdLoosened),
            (ChangeRisk.Risky, "orders-freshness", ChangeKind.SeverityLowered),
            (ChangeRisk.Neutral, "amount-drift", ChangeKind.OwnerChanged),
            (ChangeRisk.Tightening, "orders-freshness", ChangeKind.ThresholdTightened),
            (ChangeRisk.Tightening, "retrain", ChangeKind.GateMemberAdded));
    }

    [Fact]
    public void Has_risky_is_true_only_when_a_change_is_risky()
    {
        var tightened = DefinitionDiff.Compare(Load((FilePath, Yaml)), Load((FilePath, Edit("fail: 0.25\n", "fail: 0.2\n"))));
        var loosened = DefinitionDiff.Compare(Load((FilePath, Yaml)), Load((FilePath, Edit("fail: 0.25\n", "fail: 0.3\n"))));

        tightened.HasRisky.Should().BeFalse();
        tightened.Count(ChangeRisk.Tightening).Should().Be(1);
        loosened.HasRisky.Should().BeTrue();
    }

    [Fact]
    public void Every_kind_has_a_word_and_a_risk()
    {
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            ChangeWords.Of(kind).Should().MatchRegex("^[a-z]+(-[a-z]+)+$");
            Enum.IsDefined(DefinitionDiff.RiskOf(kind)).Should().BeTrue();
        }

        Enum.GetValues<ChangeKind>().Select(ChangeWords.Of).Should().OnlyHaveUniqueItems();
    }

    private static string WithGateSlos(string slos) =>
        Edit("    monitors: [amount-drift, orders-volume]\n", "    monitors: [amount-drift, orders-volume]\n    slos: " + slos + "\n") + """

        slos:
          - id: small
            dataset: orders
            indicator: { good: "amount < 100" }
            objective: 0.9
            window: 7d
        """;
}
