using System.Text.Json;
using System.Text.Json.Serialization;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Windows;

namespace MonitorsAsCode.Engine.Tests.Windows;

/// <summary>
/// Runs over time windows of a Hive-partitioned Parquet dataset: day <c>d</c> of August 2026 (1 to 21) holds
/// <c>10 + d</c> events, so a volume monitor's value tells exactly which days a side read.
/// </summary>
[UseCulture("de-DE")]
public sealed class WindowedRunTests : IDisposable
{
    private const int Days = 21;
    private static readonly DateTime August1 = new(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, Converters = { new JsonStringEnumConverter() } };

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public WindowedRunTests()
    {
        for (var day = 1; day <= Days; day++)
        {
            EventParquet.Write(directory.PathOf($"events/date=2026-08-{day:00}/part-0.parquet"), Rows(day));
        }

        // The fixed reference: three days' worth of day 1's events.
        EventParquet.Write(directory.PathOf("reference.parquet"), Rows(1), Rows(1), Rows(1));
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void A_window_judges_exactly_what_a_snapshot_of_only_its_rows_judges()
    {
        EventParquet.Write(directory.PathOf("only-day-5/part-0.parquet"), Rows(5));
        var window = Window(5, 6);

        var windowed = new MonitorRunner().Run(Load("events", "reference: reference.parquet"), new RunOptions { Window = window, AsOf = window.AsOf });
        var plain = new MonitorRunner().Run(Load("only-day-5", "reference: reference.parquet"), new RunOptions { AsOf = window.AsOf });

        windowed.Results.Should().OnlyContain(r => r.Status != CheckStatus.Error && r.Status != CheckStatus.Skipped);
        JsonSerializer.Serialize(windowed, Json).Should().Be(JsonSerializer.Serialize(plain, Json)).And.Contain("\"amount-drift\"").And.Contain("\"Psi\"");
        windowed.Results.Single(r => r.MonitorId == "rows").Value.Should().Be(15.0 / 33);
    }

    [Fact]
    public void A_trailing_reference_reads_the_days_ending_the_offset_before_the_window()
    {
        // Window: day 15. Reference: 7 days ending 2 days before it, days 6 to 12.
        var run = new MonitorRunner().Run(Load("events", "reference: { window: 7d, offset: 2d }"), new RunOptions { Window = Window(15, 16) });

        // Counts compare per unit of time: 133 rows in 7 days are 19 a day.
        Enumerable.Range(6, 7).Sum(d => 10 + d).Should().Be(133);
        run.Results.Single(r => r.MonitorId == "rows").Value.Should().Be(25.0 / 19);
        run.Results.Single(r => r.MonitorId == "rows").Evidence.Summary.Should().Be("25 rows against 19 expected from the reference window's 133 (scaled to the window's length) (31.6% more)");
    }

    [Fact]
    public void A_seasonal_reference_reads_the_same_weekday_of_the_last_weeks()
    {
        // Window: day 17 (a Monday). Same weekday, two weeks: days 10 and 3.
        var run = new MonitorRunner().Run(Load("events", "reference: { seasonal: same-weekday, weeks: 2 }"), new RunOptions { Window = Window(17, 18) });

        run.Results.Single(r => r.MonitorId == "rows").Value.Should().Be(27.0 / ((20 + 13) / 2.0), "two weeks of the same day, 16.5 rows per day");
    }

    [Fact]
    public void A_window_with_no_rows_skips_each_monitor_and_says_why()
    {
        var window = new JudgedWindow(Utc(August1.AddDays(40)), Utc(August1.AddDays(41)), Utc(August1.AddDays(41)));

        var run = new MonitorRunner().Run(Load("events", "reference: reference.parquet"), new RunOptions { Window = window });

        run.Results.Should().HaveCount(4).And.OnlyContain(r => r.Status == CheckStatus.Skipped);
        run.Results[0].Evidence.Summary.Should().Be("no rows of dataset 'events' in the window [2026-09-10T00:00:00Z, 2026-09-11T00:00:00Z)");
        run.Fails(FailOn.Fail).Should().BeFalse();
    }

    [Fact]
    public void A_reference_window_with_no_rows_is_an_error_for_the_monitors_that_compare_and_not_for_the_others()
    {
        // Day 2's trailing week reaches back before the data starts, but day 1 is there; the one-week season is not.
        var run = new MonitorRunner().Run(Load("events", "reference: { seasonal: same-weekday, weeks: 1 }"), new RunOptions { Window = Window(3, 4) });

        run.Results.Single(r => r.MonitorId == "rows").Status.Should().Be(CheckStatus.Error);
        run.Results.Single(r => r.MonitorId == "rows").Evidence.Summary.Should().Be("the reference (the same weekday window of the last 1 week) holds no rows for this window: [2026-07-27T00:00:00Z, 2026-07-28T00:00:00Z)");
        run.Results.Single(r => r.MonitorId == "amount-valid").Status.Should().Be(CheckStatus.Pass);
    }

    [Fact]
    public void A_relative_reference_without_a_window_is_a_clear_read_error()
    {
        var run = () => new MonitorRunner().Run(Load("events", "reference: { window: 7d }"));

        run.Should().Throw<SnapshotReadException>().WithMessage("*dataset 'events' reads its reference relative to the judged window (the 7d ending right before the window), so it is judged window by window: run it with --window, --from and --to*");
    }

    [Fact]
    public void Without_a_window_monitors_that_do_not_compare_run_over_the_whole_source()
    {
        var definitions = ValidDefinitions.Load(directory.Root, """
            datasets:
              - id: events
                snapshots: { current: events, reference: { window: 7d } }
                columns:
                  event_time: { type: timestamp, role: event_time }
                  amount: { type: double }
            monitors:
              - { id: amount-valid, dataset: events, check: validity, column: amount, min: 0, max: 1000, fail: 0.5 }
            """);

        var run = new MonitorRunner().Run(definitions);

        run.Results.Should().ContainSingle().Which.Status.Should().Be(CheckStatus.Pass);
        run.Results[0].Evidence.Summary.Should().Contain(Enumerable.Range(1, Days).Sum(d => 10 + d).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_backfill_records_every_window_once_and_a_second_backfill_replaces_it()
    {
        var windows = WindowedRun.Windows(Utc(August1.AddDays(7)), Utc(August1.AddDays(14)), TimeSpan.FromDays(1));
        using var history = new MemoryHistoryStore();
        var definitions = Load("events", "reference: { window: 7d }");

        var results = new WindowedRun().Run(definitions, windows, history: history).ToList();
        new WindowedRun().Run(definitions, windows, history: history).ToList();

        results.Select(r => r.Window).Should().Equal(windows);
        history.All().Should().HaveCount(7 * 4);
        var rows = history.Read("rows", Utc(August1.AddDays(14)));
        rows.Select(e => e.Window.From).Should().Equal(windows.Select(w => w.From));
        rows[0].Value.Should().Be(18.0 / (Enumerable.Range(1, 7).Sum(d => 10 + d) / 7.0), "day 8 against the daily mean of days 1 to 7");
        rows[0].Check.Should().Be("volume");
        rows[0].EvidenceSummary.Should().Be(results[0].Result.Results.Single(r => r.MonitorId == "rows").Evidence.Summary);
    }

    [Fact]
    public void A_backfill_given_its_definitions_folder_records_each_window_as_a_plain_run_would_with_the_rows_of_the_window()
    {
        var windows = WindowedRun.Windows(Utc(August1.AddDays(7)), Utc(August1.AddDays(10)), TimeSpan.FromDays(1));
        using var history = new MemoryHistoryStore();
        var definitions = Load("events", "reference: { window: 7d }");

        _ = new WindowedRun { DefinitionsDirectory = directory.Root }.Run(definitions, windows, history: history).ToList();

        var rows = history.Read("rows", Utc(August1.AddDays(10)));
        rows.Select(e => e.Rows).Should().Equal([18L, 19L, 20L], "day d holds 10 + d rows, and min_volume reads them");
        rows.Should().OnlyContain(e => e.Snapshots.Count > 0, "the snapshots read are fingerprinted as for a plain run");
    }

    [Fact]
    public void Windows_must_fill_the_span_whole()
    {
        var windows = WindowedRun.Windows(Utc(August1), Utc(August1.AddDays(14)), TimeSpan.FromDays(7));
        var ragged = () => WindowedRun.Windows(Utc(August1), Utc(August1.AddDays(10)), TimeSpan.FromDays(7));

        windows.Should().Equal(
            new JudgedWindow(Utc(August1), Utc(August1.AddDays(7)), Utc(August1.AddDays(7))),
            new JudgedWindow(Utc(August1.AddDays(7)), Utc(August1.AddDays(14)), Utc(August1.AddDays(14))));
        ragged.Should().Throw<ArgumentException>().WithMessage("from 2026-08-01T00:00:00Z to 2026-08-11T00:00:00Z is not a whole number of 7d windows*move --to to 2026-08-08T00:00:00Z or 2026-08-15T00:00:00Z*");
    }

    private static List<EventParquet.Row> Rows(int day) => EventParquet.Day(August1.AddDays(day - 1), 10 + day, firstAmount: day * 10, country: day % 2 == 0 ? "NL" : "DE");

    private static JudgedWindow Window(int fromDay, int toDay) => new(Utc(August1.AddDays(fromDay - 1)), Utc(August1.AddDays(toDay - 1)), Utc(August1.AddDays(toDay - 1)));

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private DefinitionSet Load(string current, string reference) => ValidDefinitions.Load(directory.Root, $$"""
        datasets:
          - id: events
            snapshots: { current: {{current}}, {{reference}} }
            columns:
              event_time: { type: timestamp, role: event_time }
              amount: { type: double }
              country: { type: string }
        monitors:
          - { id: amount-valid, dataset: events, check: validity, column: amount, min: 0, max: 1000, fail: 0.5 }
          - { id: amount-drift, dataset: events, check: drift, column: amount, method: psi, warn: 0.1 }
          - { id: rows, dataset: events, check: volume, warn: { below: 0.5, above: 2 } }
          - { id: country-nulls, dataset: events, check: completeness, column: country, fail: 0.5 }
        """);
}
