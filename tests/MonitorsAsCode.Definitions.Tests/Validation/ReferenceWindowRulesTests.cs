using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Tests.Yaml;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

/// <summary>References relative to the judged window in YAML and C#, and their rules (MAC0028, MAC0029).</summary>
public sealed class ReferenceWindowRulesTests
{
    private const string Columns = """
            columns:
              event_time: { type: timestamp, role: event_time }
              amount:     { type: double }
        monitors:
          - { id: amount-drift, dataset: events, check: drift, column: amount, warn: 0.1 }
        """;

    [Fact]
    public void A_trailing_and_a_seasonal_reference_are_read_from_yaml()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("d.yaml", Dataset("events", "reference: { window: 28d, offset: 7d }") + Columns));
        var seasonal = YamlDefinitionLoaderTests.Load(("d.yaml", Dataset("events", "reference: { seasonal: same-weekday }") + Columns));

        loaded.Diagnostics.Should().BeEmpty("a drift monitor has its reference in the window");
        loaded.Definitions.Datasets[0].Snapshots.ReferenceWindow.Should().Be(ReferenceWindow.Trailing(TimeSpan.FromDays(28), TimeSpan.FromDays(7)));
        loaded.Definitions.Datasets[0].Snapshots.Reference.Should().BeNull();
        seasonal.Diagnostics.Should().BeEmpty();
        seasonal.Definitions.Datasets[0].Snapshots.ReferenceWindow.Should().Be(ReferenceWindow.SameWeekday(4), "four weeks unless told");
    }

    [Fact]
    public void Durations_and_words_that_do_not_read_are_wrong_value_types_at_their_values()
    {
        Diagnose(("d.yaml", Dataset("events", "reference: { window: 4 weeks, offset: -1d }") + Columns)).Should().Equal(
            "d.yaml(5,28): error MAC0003: 'window' must be a duration such as 28d, 7d or 12h, not '4 weeks'",
            "d.yaml(5,45): error MAC0003: 'offset' must be a duration such as 28d, 7d or 12h, not '-1d'");
        Diagnose(("d.yaml", Dataset("events", "reference: { seasonal: same-day, weeks: 0, window: 7d }") + Columns)).Should().Equal(
            "d.yaml(5,30): error MAC0003: 'seasonal' must be one of same-weekday, not 'same-day'",
            "d.yaml(5,47): error MAC0003: 'weeks' must be a whole number from 1 to 520, not '0'",
            "d.yaml(5,58): error MAC0003: 'window' does not apply to a seasonal reference, which reads the judged window's own hours in earlier weeks; leave it out, or drop 'seasonal' for a trailing window");
    }

    [Fact]
    public void A_window_without_event_time_is_MAC0028_at_the_reference()
    {
        Diagnose(("d.yaml", Dataset("events", "reference: { window: 7d }") + Columns.Replace(", role: event_time", "", StringComparison.Ordinal))).Should().Equal(
            "d.yaml(5,18): error MAC0028: dataset 'events' has a reference relative to the judged window (the 7d ending right before the window), but declares no column with role event_time to place its rows in time");
    }

    [Fact]
    public void An_event_time_that_is_not_a_time_is_MAC0028_at_its_type()
    {
        Diagnose(("d.yaml", Dataset("events", "reference: { window: 7d }") + Columns.Replace("{ type: timestamp, role: event_time }", "{ type: string, role: event_time }", StringComparison.Ordinal))).Should().Equal(
            "d.yaml(7,27): error MAC0028: dataset 'events' has a reference relative to the judged window, but its event_time column 'event_time' is string, not a timestamp or date");
    }

    [Fact]
    public void A_row_file_as_the_source_is_MAC0029_at_current()
    {
        Diagnose(("d.yaml", Dataset("events", "reference: { window: 7d }", current: "data/events.jsonl") + Columns)).Should().Equal(
            "d.yaml(4,16): error MAC0029: dataset 'events' reads its reference window from its current source, which must be a folder or glob of Parquet partitions or a Parquet file (pruned by path and row-group statistics), not the JSONL file 'events.jsonl', which every window would read whole");
    }

    [Fact]
    public void A_zero_window_in_csharp_is_MAC0029_at_its_call_and_a_fixed_reference_beside_it_too()
    {
        var m = new MonitorBuilder();
        var data = m.Dataset("events").Snapshots(reference: "r.parquet", current: "events/").Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime);
        var line = Line(); data.ReferenceWindow(TimeSpan.Zero, TimeSpan.FromDays(-1));

        var diagnostics = DefinitionValidator.Validate(m.ToDefinitionSet()).Select(d => d.ToString());

        diagnostics.Should().Equal(
            $"{ThisFile()}({line},1): error MAC0029: dataset 'events' has a reference window of 0s: it must be longer than 0s, or it holds no rows",
            $"{ThisFile()}({line},1): error MAC0029: dataset 'events' has a reference offset of -1d: it must be 0s or more, or the reference would overlap the window it is compared with",
            $"{ThisFile()}({line},1): error MAC0029: dataset 'events' has both a fixed reference snapshot and a reference window: keep one");
    }

    [Fact]
    public void A_seasonal_reference_in_csharp_builds_like_the_yaml_one()
    {
        var m = new MonitorBuilder();
        m.Dataset("events").Snapshots(reference: null, current: "events/").Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime).SameWeekdayReference(weeks: 6);

        var set = m.ToDefinitionSet();

        set.Datasets[0].Snapshots.ReferenceWindow.Should().Be(ReferenceWindow.SameWeekday(6));
        DefinitionValidator.Validate(set).Should().BeEmpty();
    }

    [Fact]
    public void Rules_are_documented()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.ReferenceWindowEventTimeRequired);
        RulePage.ShouldBeDocumented(DefinitionRules.InvalidReferenceWindow);
    }

    private static string Dataset(string id, string reference, string current = "data/events/") => $$"""
        datasets:
          - id: {{id}}
            snapshots:
              current: {{current}}
              {{reference}}

        """;

    private static int Line([CallerLineNumber] int line = 0) => line;

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
