namespace MonitorsAsCode.Definitions.Tests.Validation;

/// <summary>MAC0033 and the other rules that judge known events (ids, kinds, effects, bounds, datasets).</summary>
public sealed class EventEndsBeforeStartTests
{
    [Fact]
    public void An_event_that_ends_before_it_starts_is_reported_at_its_end()
    {
        Diagnose("events:\n  - { id: campaign, from: 2026-10-14, to: 2026-10-01, kind: campaign, effect: suppress }\n").Should().Equal(
            "events.yaml(2,43): error MAC0033: event 'campaign' ends at 2026-10-02T00:00:00Z, not after it starts at 2026-10-14T00:00:00Z, so it covers no time; write 'from' before 'to' (a 'to' date is the event's last whole day)");
    }

    [Fact]
    public void An_event_ending_at_the_instant_it_starts_covers_no_time()
    {
        Diagnose("events:\n  - { id: blip, from: \"2026-10-01T06:00:00Z\", to: \"2026-10-01T06:00:00Z\", kind: outage, effect: annotate }\n")
            .Should().ContainSingle().Which.Should().StartWith("events.yaml(2,51): error MAC0033: event 'blip' ends at 2026-10-01T06:00:00Z, not after it starts at 2026-10-01T06:00:00Z");
    }

    [Fact]
    public void A_one_day_event_written_with_the_same_date_twice_is_valid()
    {
        Diagnose("events:\n  - { id: black-friday, from: 2026-11-27, to: 2026-11-27, kind: holiday, effect: annotate }\n").Should().BeEmpty();
    }

    [Fact]
    public void A_misspelt_dataset_is_unknown_with_the_nearest_id_at_its_item()
    {
        Diagnose("events:\n  - id: campaign\n    from: 2026-10-01\n    to: 2026-10-14\n    kind: campaign\n    effect: suppress\n    datasets: [fraud-scoring, fraud-scorin]\n")
            .Should().Equal("events.yaml(7,31): error MAC0006: event 'campaign' names dataset 'fraud-scorin', which is not declared (did you mean 'fraud-scoring'?)");
    }

    [Fact]
    public void Duplicate_event_ids_are_reported_at_the_second_with_the_first_position()
    {
        Diagnose(
                "events:\n  - { id: launch, from: 2026-10-01, to: 2026-10-02, kind: release, effect: annotate }\n  - { id: launch, from: 2026-11-01, to: 2026-11-02, kind: release, effect: annotate }\n")
            .Should().Equal("events.yaml(3,11): error MAC0005: duplicate event id 'launch' (first declared at events.yaml(2,5))");
    }

    [Fact]
    public void Unknown_kinds_and_effects_are_wrong_values_with_the_nearest_word()
    {
        Diagnose("events:\n  - { id: sale, from: 2026-10-01, to: 2026-10-02, kind: campain, effect: supress }\n").Should().Equal(
            "events.yaml(2,57): error MAC0003: 'kind' must be one of campaign, holiday, release, backfill, outage, not 'campain' (did you mean 'campaign'?)",
            "events.yaml(2,74): error MAC0003: 'effect' must be one of exclude-from-baseline, suppress, annotate, not 'supress' (did you mean 'suppress'?)");
    }

    [Fact]
    public void A_bound_that_is_not_an_iso_date_is_a_wrong_value()
    {
        Diagnose("events:\n  - { id: sale, from: 01/10/2026, to: 2026-10-02, kind: campaign, effect: annotate }\n").Should().Equal(
            "events.yaml(2,23): error MAC0003: 'from' must be an ISO 8601 date or instant such as 2026-10-01 or 2026-10-01T06:00:00Z, not '01/10/2026'");
    }

    [Fact]
    public void An_id_outside_the_id_grammar_is_an_invalid_name()
    {
        Diagnose("events:\n  - { id: \"<b>sale</b>\", from: 2026-10-01, to: 2026-10-02, kind: campaign, effect: annotate }\n").Should().Equal(
            "events.yaml(2,11): error MAC0023: event id '<b>sale</b>' may hold only letters, digits, '-', '_' and '.', starting with a letter or digit: ids name pages, files, Prometheus labels and CI log lines");
    }

    [Fact]
    public void Missing_fields_and_unknown_keys_are_reported()
    {
        Diagnose("events:\n  - { id: sale, from: 2026-10-01, kind: campaign, effect: annotate, dataset: fraud-scoring }\n").Should().Equal(
            "events.yaml(2,5): error MAC0004: a known event is missing the required field 'to'",
            "events.yaml(2,69): error MAC0002: unknown key 'dataset' in a known event (did you mean 'datasets'?)");
    }

    [Fact]
    public void Is_documented() => RulePage.ShouldBeDocumented(Definitions.Validation.DefinitionRules.EventEndsBeforeStart);

    private static IReadOnlyList<string> Diagnose(string events) =>
        DefinitionFiles.Diagnose(("datasets.yaml", DefinitionFiles.FraudScoring), ("events.yaml", events));
}
