using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Tests.Yaml;

namespace MonitorsAsCode.Definitions.Tests.Events;

public sealed class KnownEventDefinitionTests
{
    [Fact]
    [UseCulture("de-DE")]
    public void Yaml_events_are_read_with_dates_as_whole_days_and_instants_in_utc()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("events.yaml", """
            events:
              - id: campaign-2026-10
                from: 2026-10-01
                to: 2026-10-14
                kind: campaign
                effect: suppress
                datasets: [fraud-scoring]
                description: Autumn cashback campaign
              - id: deploy
                from: "2026-10-20T06:00:00+02:00"
                to: "2026-10-20T05:00:00Z"
                kind: release
                effect: annotate
            """), ("datasets.yaml", Validation.DefinitionFiles.FraudScoring));

        loaded.Diagnostics.Should().BeEmpty();
        var events = loaded.Definitions.Events;
        events.Should().HaveCount(2);
        events[0].Should().Match<KnownEventDefinition>(e => e.Id == "campaign-2026-10" && e.Kind == EventKind.Campaign && e.Effect == EventEffect.Suppress
            && e.Description == "Autumn cashback campaign" && e.Datasets.SequenceEqual(new[] { "fraud-scoring" }));
        events[0].From.Should().Be(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        events[0].To.Should().Be(new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.Zero), "a 'to' date is the last whole day");
        events[1].From.Should().Be(new DateTimeOffset(2026, 10, 20, 4, 0, 0, TimeSpan.Zero));
        events[1].Datasets.Should().BeEmpty();
        EventInstant.Span(events[0]).Should().Be("2026-10-01 to 2026-10-14");
        EventInstant.Span(events[1]).Should().Be("2026-10-20T04:00:00Z to 2026-10-20T05:00:00Z");
    }

    [Fact]
    public void An_event_without_datasets_touches_every_dataset_and_one_with_datasets_only_those()
    {
        var all = new KnownEventDefinition("a", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), EventKind.Outage, EventEffect.Annotate);
        var some = all with { Datasets = ["payments"] };

        all.Touches("anything").Should().BeTrue();
        some.Touches("payments").Should().BeTrue();
        some.Touches("payment").Should().BeFalse();
    }

    [Fact]
    public void Overlap_takes_the_end_as_exclusive_and_an_empty_span_as_an_instant()
    {
        var day = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var known = new KnownEventDefinition("a", day, day.AddDays(1), EventKind.Outage, EventEffect.Annotate);

        known.Overlaps(day.AddDays(-1), day).Should().BeFalse("the window ends where the event starts");
        known.Overlaps(day.AddDays(1), day.AddDays(2)).Should().BeFalse("the event ends where the window starts");
        known.Overlaps(day.AddHours(23), day.AddDays(2)).Should().BeTrue();
        known.Overlaps(day, day).Should().BeTrue("an instant at the start is inside");
        known.Overlaps(day.AddDays(1), day.AddDays(1)).Should().BeFalse("an instant at the end is outside");
    }

    [Fact]
    public void The_last_representable_date_cannot_end_an_event()
    {
        EventInstant.TryParse("9999-12-31", isEnd: true, out _).Should().BeFalse();
        EventInstant.TryParse("9999-12-31", isEnd: false, out _).Should().BeTrue();
    }
}
