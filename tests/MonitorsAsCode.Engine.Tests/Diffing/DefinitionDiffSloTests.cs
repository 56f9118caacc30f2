using MonitorsAsCode.Engine.Diffing;
using static MonitorsAsCode.Engine.Tests.Diffing.OrdersDefinitions;

namespace MonitorsAsCode.Engine.Tests.Diffing;

/// <summary>
/// Changes to what protects a deploy beyond monitor thresholds: validity ranges, a gate's mode,
/// quality score, hard members and SLOs, the SLOs themselves and the declared runbooks. Under
/// de-DE so a decimal comma cannot leak into a summary.
/// </summary>
[UseCulture("de-DE")]
public sealed class DefinitionDiffSloTests
{
    /// <summary>The orders definitions with a gated SLO, a quality gate and a declared runbook.</summary>
    private static readonly string Base = Edit(
        "  - id: retrain\n    monitors: [amount-drift, orders-volume]\n",
        """
          - id: retrain
            monitors: [amount-drift, orders-volume]
          - id: checkout
            monitors: [amount-completeness, amount-validity, order-id-uniqueness]
            slos: [checkout-amounts]
            quality: { min: 0.8 }
            hard: [order-id-uniqueness]

        slos:
          - id: checkout-amounts
            dataset: orders
            owner: shop-oncall
            indicator: { good: "amount > 0", total: "channel != 'test'" }
            objective: 0.995
            window: 28d
            budget_remaining: { warn: 0.5, fail: 0.25 }
            alerting:
              labels: { team: shop }
              page: { runbook: runbooks/slo-burn.md }
              ticket: { runbook: runbooks/slo-burn.md }
              maintenance:
                - { name: release, weekdays: [tuesday], start: "06:00", end: "06:30" }

        runbooks:
          - id: slo-burn
            title: Budget burn
            meaning: Orders are failing faster than the budget allows.
            causes: [A payment provider is down.]

        """);

    private static IReadOnlyList<DefinitionChange> Changed(string before, string after) => Diff(Base, Edit(Base, before, after));

    [Fact]
    public void The_extended_base_loads_and_is_no_change_to_itself()
    {
        Diff(Base, Base).Should().BeEmpty();
    }

    [Fact]
    public void A_validity_range_widened_is_risky_and_narrowed_is_tightening()
    {
        var lowerMin = DiffTo(Edit("min: 0\n    max: 10000", "min: -1\n    max: 10000")).Should().ContainSingle().Subject;
        var raisedMax = DiffTo(Edit("min: 0\n    max: 10000", "min: 0\n    max: 20000")).Should().ContainSingle().Subject;
        var removedMax = DiffTo(Edit("min: 0\n    max: 10000", "min: 0")).Should().ContainSingle().Subject;
        var raisedMin = DiffTo(Edit("min: 0\n    max: 10000", "min: 5\n    max: 10000")).Should().ContainSingle().Subject;

        lowerMin.Should().Be(new DefinitionChange(ChangeKind.RangeLoosened, "amount-validity", "min", "0", "-1", ChangeRisk.Risky, "min loosened 0 → -1"));
        raisedMax.Should().Be(new DefinitionChange(ChangeKind.RangeLoosened, "amount-validity", "max", "10000", "20000", ChangeRisk.Risky, "max loosened 10000 → 20000"));
        removedMax.Should().Be(new DefinitionChange(ChangeKind.RangeLoosened, "amount-validity", "max", "10000", null, ChangeRisk.Risky, "max removed (was 10000)"));
        raisedMin.Should().Be(new DefinitionChange(ChangeKind.RangeTightened, "amount-validity", "min", "0", "5", ChangeRisk.Tightening, "min tightened 0 → 5"));
    }

    [Fact]
    public void An_allowed_value_added_is_risky_even_when_another_is_removed_and_one_only_removed_is_tightening()
    {
        var swapped = DiffTo(Edit("allowed: [web, app, store]", "allowed: [web, app, phone]")).Should().ContainSingle().Subject;
        var narrowed = DiffTo(Edit("allowed: [web, app, store]", "allowed: [web, app]")).Should().ContainSingle().Subject;

        swapped.Kind.Should().Be(ChangeKind.RangeLoosened);
        swapped.Risk.Should().Be(ChangeRisk.Risky);
        swapped.Summary.Should().Be("allowed values loosened: added phone; removed store");
        narrowed.Kind.Should().Be(ChangeKind.RangeTightened);
        narrowed.Summary.Should().Be("allowed values tightened: removed store");
    }

    [Fact]
    public void A_gate_made_advisory_is_risky_and_made_blocking_again_is_tightening()
    {
        var advisory = Edit(Base, "  - id: retrain\n    monitors: [amount-drift, orders-volume]\n", "  - id: retrain\n    mode: advisory\n    monitors: [amount-drift, orders-volume]\n");

        Diff(Base, advisory).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.GateMadeAdvisory, "retrain", "mode", "blocking", "advisory", ChangeRisk.Risky, "gate made advisory (blocking → advisory)"));
        Diff(advisory, Base).Should().ContainSingle().Which.Kind.Should().Be(ChangeKind.GateMadeBlocking);
    }

    [Fact]
    public void A_gate_that_requires_a_lower_quality_score_or_none_is_loosened()
    {
        var lower = Changed("quality: { min: 0.8 }", "quality: { min: 0.6 }").Should().ContainSingle().Subject;
        var none = Changed("    quality: { min: 0.8 }\n", string.Empty).Should().ContainSingle().Subject;
        var weights = Changed("quality: { min: 0.8 }", "quality: { min: 0.8, weights: { freshness: 2 } }").Should().ContainSingle().Subject;

        lower.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "checkout", "quality.min", "0.8", "0.6", ChangeRisk.Risky, "quality.min threshold loosened 0.8 → 0.6"));
        none.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "checkout", "quality.min", "0.8", null, ChangeRisk.Risky, "quality.min threshold removed (was 0.8)"));
        weights.Kind.Should().Be(ChangeKind.CheckChanged);
        weights.Risk.Should().Be(ChangeRisk.Neutral);
        weights.After.Should().Be("completeness 1, validity 1, uniqueness 1, freshness 2");
    }

    [Fact]
    public void Hard_members_and_slos_taken_out_of_a_gate_are_risky()
    {
        var changes = Changed("    slos: [checkout-amounts]\n", string.Empty)
            .Concat(Changed("hard: [order-id-uniqueness]", "hard: [amount-validity]"))
            .ToList();

        changes.Select(c => (c.Kind, c.Field, c.Summary)).Should().Equal(
            (ChangeKind.GateMemberRemoved, "slos", "SLO checkout-amounts removed from the gate"),
            (ChangeKind.GateMemberRemoved, "hard", "monitor order-id-uniqueness no longer blocks the gate on its own (hard)"),
            (ChangeKind.GateMemberAdded, "hard", "monitor amount-validity now blocks the gate on its own (hard)"));
        changes.Select(c => c.Risk).Should().Equal(ChangeRisk.Risky, ChangeRisk.Risky, ChangeRisk.Tightening);
    }

    [Fact]
    public void A_gate_that_demands_less_of_an_slos_budget_is_loosened()
    {
        var demanding = Edit(Base, "slos: [checkout-amounts]", "slos: [{ id: checkout-amounts, budget_remaining: 0.5 }]");
        var lenient = Edit(Base, "slos: [checkout-amounts]", "slos: [{ id: checkout-amounts, budget_remaining: 0.2 }]");

        Diff(demanding, lenient).Should().ContainSingle().Which.Should().Be(
            new DefinitionChange(ChangeKind.ThresholdLoosened, "checkout", "slos.checkout-amounts.budget_remaining", "0.5", "0.2", ChangeRisk.Risky, "SLO checkout-amounts budget requirement loosened 0.5 → 0.2"));
        Diff(Base, demanding).Should().ContainSingle().Which.Kind.Should().Be(ChangeKind.ThresholdTightened);
    }

    [Fact]
    public void An_slo_removed_is_risky_and_added_is_tightening()
    {
        var withoutSlo = Edit(Edit(Base, "    slos: [checkout-amounts]\n", string.Empty), Base[Base.IndexOf("slos:\n  - id", StringComparison.Ordinal)..Base.IndexOf("runbooks:", StringComparison.Ordinal)], string.Empty);

        var removed = Diff(Base, withoutSlo).Where(c => c.Subject == "checkout-amounts").Should().ContainSingle().Subject;
        var added = Diff(withoutSlo, Base).Where(c => c.Subject == "checkout-amounts").Should().ContainSingle().Subject;

        removed.Should().Be(new DefinitionChange(ChangeKind.SloRemoved, "checkout-amounts", null, "0.995 over 28d, good amount > 0", null, ChangeRisk.Risky, "SLO removed (was 0.995 over 28d, good amount > 0)"));
        added.Kind.Should().Be(ChangeKind.SloAdded);
        added.Risk.Should().Be(ChangeRisk.Tightening);
    }

    [Fact]
    public void An_objective_lowered_is_risky_and_names_the_budget_it_grants()
    {
        var lowered = Changed("objective: 0.995", "objective: 0.99").Should().ContainSingle().Subject;
        var raised = Changed("objective: 0.995", "objective: 0.999").Should().ContainSingle().Subject;

        lowered.Should().Be(new DefinitionChange(ChangeKind.ObjectiveLowered, "checkout-amounts", "objective", "0.995", "0.99", ChangeRisk.Risky, "objective lowered 0.995 → 0.99 (error budget 0.005 → 0.01)"));
        raised.Kind.Should().Be(ChangeKind.ObjectiveRaised);
        raised.Risk.Should().Be(ChangeRisk.Tightening);
    }

    [Fact]
    public void A_lower_required_remaining_budget_is_loosened_and_fail_omitted_counts_as_zero()
    {
        var lower = Changed("budget_remaining: { warn: 0.5, fail: 0.25 }", "budget_remaining: { warn: 0.5, fail: 0.1 }").Should().ContainSingle().Subject;
        var zero = Diff(Edit(Base, "budget_remaining: { warn: 0.5, fail: 0.25 }", "budget_remaining: { warn: 0.5, fail: 0 }"), Edit(Base, "budget_remaining: { warn: 0.5, fail: 0.25 }", "budget_remaining: { warn: 0.5 }"));
        var noWarn = Changed("budget_remaining: { warn: 0.5, fail: 0.25 }", "budget_remaining: { fail: 0.25 }").Should().ContainSingle().Subject;

        lower.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "checkout-amounts", "budget_remaining.fail", "0.25", "0.1", ChangeRisk.Risky, "budget_remaining.fail threshold loosened 0.25 → 0.1"));
        zero.Should().BeEmpty();
        noWarn.Should().Be(new DefinitionChange(ChangeKind.ThresholdLoosened, "checkout-amounts", "budget_remaining.warn", "0.5", null, ChangeRisk.Risky, "budget_remaining.warn threshold removed (was 0.5)"));
    }

    [Fact]
    public void What_an_slo_measures_and_over_which_window_is_neutral()
    {
        var changes = Changed("indicator: { good: \"amount > 0\", total: \"channel != 'test'\" }", "indicator: { good: \"amount > 1\" }")
            .Concat(Changed("window: 28d", "window: 30d"))
            .ToList();

        changes.Select(c => (c.Kind, c.Field, c.Summary)).Should().Equal(
            (ChangeKind.SloChanged, "indicator.good", "good events changed amount > 0 → amount > 1"),
            (ChangeKind.SloChanged, "indicator.total", "total events changed channel != 'test' → none"),
            (ChangeKind.SloChanged, "window", "window changed 28d → 30d"));
        changes.Should().OnlyContain(c => c.Risk == ChangeRisk.Neutral);
    }

    [Fact]
    public void An_slo_that_stops_paging_or_pages_without_a_runbook_is_risky()
    {
        var noPage = Changed("      page: { runbook: runbooks/slo-burn.md }\n", string.Empty).Should().ContainSingle().Subject;
        var noRunbook = Changed("ticket: { runbook: runbooks/slo-burn.md }", "ticket: { summary: Budget burning }");
        var labels = Changed("labels: { team: shop }", "labels: { team: payments }").Should().ContainSingle().Subject;

        noPage.Should().Be(new DefinitionChange(ChangeKind.AlertRemoved, "checkout-amounts", "alerting.page", "runbooks/slo-burn.md", null, ChangeRisk.Risky, "page alert removed: the SLO no longer pages"));
        noRunbook.Select(c => (c.Kind, c.Field, c.Risk)).Should().Equal(
            (ChangeKind.AlertRemoved, "alerting.ticket.runbook", ChangeRisk.Risky),
            (ChangeKind.AlertChanged, "alerting.ticket.summary", ChangeRisk.Neutral));
        labels.Should().Be(new DefinitionChange(ChangeKind.AlertChanged, "checkout-amounts", "alerting.labels", "team=shop", "team=payments", ChangeRisk.Neutral, "alert labels changed team=shop → team=payments"));
    }

    [Fact]
    public void A_maintenance_window_that_mutes_alerts_longer_is_risky_and_one_moved_is_neutral()
    {
        const string window = "{ name: release, weekdays: [tuesday], start: \"06:00\", end: \"06:30\" }";
        var longer = Changed(window, "{ name: release, weekdays: [tuesday, thursday], start: \"06:00\", end: \"06:30\" }").Should().ContainSingle().Subject;
        var moved = Changed(window, "{ name: release, weekdays: [tuesday], start: \"07:00\", end: \"07:30\" }").Should().ContainSingle().Subject;
        var added = Changed(window, window + "\n        - { name: night, start: \"22:00\", end: \"23:30\" }").Should().ContainSingle().Subject;

        longer.Should().Be(new DefinitionChange(ChangeKind.AlertsMuted, "checkout-amounts", "alerting.maintenance.release", "tuesday 06:00–06:30", "tuesday, thursday 06:00–06:30", ChangeRisk.Risky, "maintenance window release lengthened tuesday 06:00–06:30 → tuesday, thursday 06:00–06:30"));
        moved.Kind.Should().Be(ChangeKind.AlertChanged);
        moved.Risk.Should().Be(ChangeRisk.Neutral);
        added.Should().Be(new DefinitionChange(ChangeKind.AlertsMuted, "checkout-amounts", "alerting.maintenance.night", null, "every day 22:00–23:30", ChangeRisk.Risky, "maintenance window night added: alerts muted every day 22:00–23:30"));
        Diff(Edit(Base, window, "{ name: release, weekdays: [tuesday, thursday], start: \"06:00\", end: \"06:30\" }"), Base)
            .Should().ContainSingle().Which.Kind.Should().Be(ChangeKind.AlertsUnmuted);
    }

    [Fact]
    public void Declared_runbooks_are_compared_section_by_section()
    {
        var causes = Changed("causes: [A payment provider is down.]", "causes: [A payment provider is down., The fraud model blocks orders.]").Should().ContainSingle().Subject;
        var title = Changed("title: Budget burn", "title: Error budget burn").Should().ContainSingle().Subject;

        causes.Should().Be(new DefinitionChange(ChangeKind.RunbookDefinitionChanged, "slo-burn", "causes", "A payment provider is down.", "A payment provider is down.\nThe fraud model blocks orders.", ChangeRisk.Neutral, "causes changed"));
        title.Summary.Should().Be("title changed Budget burn → Error budget burn");
    }

    [Fact]
    public void A_runbook_declared_or_no_longer_declared_is_neutral()
    {
        var withAnother = Base + """
              - id: volume-drop
                meaning: Fewer orders than usual.

            """;

        var added = Diff(Base, withAnother).Should().ContainSingle().Subject;
        var removed = Diff(withAnother, Base).Should().ContainSingle().Subject;

        added.Should().Be(new DefinitionChange(ChangeKind.RunbookDefinitionAdded, "volume-drop", null, null, "volume-drop", ChangeRisk.Neutral, "runbook declared: volume-drop"));
        removed.Kind.Should().Be(ChangeKind.RunbookDefinitionRemoved);
        removed.Risk.Should().Be(ChangeRisk.Neutral);
    }

    [Fact]
    public void Every_change_kind_has_a_word_and_a_risk()
    {
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            ChangeWords.Of(kind).Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
            var risk = DefinitionDiff.RiskOf(kind);
            var word = ChangeWords.Of(kind);
            if (word.EndsWith("-loosened", StringComparison.Ordinal) || word.EndsWith("-removed", StringComparison.Ordinal) && word != "runbook-definition-removed" && word != "dataset-removed" && word != "dataset-column-removed"
                && word != "event-removed") // an event that did not suppress guarded nothing; a suppressing one removed is suppression-narrowed
            {
                risk.Should().Be(ChangeRisk.Risky, "{0} takes protection away", word);
            }
        }
    }
}
