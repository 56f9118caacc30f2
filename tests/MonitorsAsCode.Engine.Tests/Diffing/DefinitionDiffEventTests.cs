using MonitorsAsCode.Engine.Diffing;
using static MonitorsAsCode.Engine.Tests.Diffing.OrdersDefinitions;

namespace MonitorsAsCode.Engine.Tests.Diffing;

/// <summary>Known events in a diff: more suppression is risky, less tightens, the rest is neutral.</summary>
[UseCulture("de-DE")]
public sealed class DefinitionDiffEventTests
{
    private const string Campaign = "\nevents:\n  - { id: campaign, from: 2026-10-01, to: 2026-10-14, kind: campaign, effect: suppress, datasets: [orders] }\n";

    [Fact]
    public void A_new_suppressing_event_is_risky_and_a_new_annotating_one_neutral()
    {
        var changes = Changes(string.Empty, Campaign + "  - { id: launch, from: 2026-10-05, to: 2026-10-05, kind: release, effect: annotate }\n");

        changes.Should().Equal(
            ("suppression-widened", "risky", "campaign", "event added: campaign, suppress, 2026-10-01 to 2026-10-14, on orders"),
            ("event-added", "neutral", "launch", "event added: release, annotate, 2026-10-05 to 2026-10-05, on every dataset"));
    }

    [Fact]
    public void A_longer_span_more_datasets_or_an_effect_changed_to_suppress_widen_the_suppression()
    {
        Changes(Campaign, Campaign.Replace("to: 2026-10-14", "to: 2026-10-20", StringComparison.Ordinal)).Should().Equal(
            ("suppression-widened", "risky", "campaign", "event ends later 2026-10-15T00:00:00Z → 2026-10-21T00:00:00Z"));
        Changes(Campaign, Campaign.Replace("from: 2026-10-01", "from: 2026-09-28", StringComparison.Ordinal)).Should().Equal(
            ("suppression-widened", "risky", "campaign", "event starts earlier 2026-10-01T00:00:00Z → 2026-09-28T00:00:00Z"));
        Changes(Campaign, Campaign.Replace(", datasets: [orders]", string.Empty, StringComparison.Ordinal)).Should().Equal(
            ("suppression-widened", "risky", "campaign", "suppresses more datasets orders → every dataset"));
        Changes(Campaign.Replace("effect: suppress", "effect: annotate", StringComparison.Ordinal), Campaign).Should().Equal(
            ("suppression-widened", "risky", "campaign", "effect changed annotate → suppress"));
    }

    [Fact]
    public void A_removed_shortened_or_no_longer_suppressing_event_narrows_and_a_moved_one_does_both()
    {
        Changes(Campaign, string.Empty).Should().Equal(
            ("suppression-narrowed", "tightening", "campaign", "event removed (was campaign, suppress, 2026-10-01 to 2026-10-14, on orders)"));
        Changes(Campaign, Campaign.Replace("effect: suppress", "effect: exclude-from-baseline", StringComparison.Ordinal)).Should().Equal(
            ("suppression-narrowed", "tightening", "campaign", "effect changed suppress → exclude-from-baseline"));
        Changes(Campaign, Campaign.Replace("from: 2026-10-01, to: 2026-10-14", "from: 2026-10-03, to: 2026-10-16", StringComparison.Ordinal)).Should().Equal(
            ("suppression-widened", "risky", "campaign", "event ends later 2026-10-15T00:00:00Z → 2026-10-17T00:00:00Z"),
            ("suppression-narrowed", "tightening", "campaign", "event starts later 2026-10-01T00:00:00Z → 2026-10-03T00:00:00Z"));
    }

    [Fact]
    public void Kind_and_description_changes_and_the_span_of_an_event_that_does_not_suppress_are_neutral()
    {
        var annotate = Campaign.Replace("effect: suppress", "effect: annotate", StringComparison.Ordinal);

        Changes(annotate, annotate.Replace("to: 2026-10-14", "to: 2026-10-30", StringComparison.Ordinal).Replace("kind: campaign", "kind: holiday", StringComparison.Ordinal)).Should().Equal(
            ("event-changed", "neutral", "campaign", "event ends later 2026-10-15T00:00:00Z → 2026-10-31T00:00:00Z"),
            ("event-changed", "neutral", "campaign", "kind changed campaign → holiday"));
        Changes(Campaign, Campaign).Should().BeEmpty();
    }

    private static List<(string Kind, string Risk, string Subject, string Summary)> Changes(string before, string after) =>
        DefinitionDiff.Compare(Load((FilePath, Yaml + before)), Load((FilePath, Yaml + after))).Changes
            .Select(c => (ChangeWords.Of(c.Kind), ChangeWords.Of(c.Risk), c.Subject, c.Summary)).ToList();
}
