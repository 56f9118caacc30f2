using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Tests.Definitions;
using MonitorsAsCode.Engine.Tests.Running;

namespace MonitorsAsCode.Engine.Tests.Checks;

[UseCulture("de-DE")]
public sealed class FreshnessCheckTests : IDisposable
{
    // The newest event is 2026-11-15T12:00:00Z: written with a +02:00 offset, and one row is null.
    private const string Events = "event_time,day\n2026-11-14T08:00:00Z,2026-11-13\n2026-11-15T14:00:00+02:00,2026-11-14\n,\n2026-11-15T11:59:59.999999Z,2026-11-12\n";

    private static readonly DateTimeOffset Midnight = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Age_is_seconds_from_the_newest_timestamp_to_the_as_of_option()
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { AsOf = Midnight });

        result.Value.Should().Be(12 * 3600);
        result.Status.Should().Be(CheckStatus.Pass, "an age equal to the warn threshold does not breach it");
        result.Evidence.Summary.Should().Be("newest event 2026-11-15T12:00:00Z is 12h old at 2026-11-16T00:00:00Z (as of --as-of)");
    }

    [Theory]
    [InlineData(0, CheckStatus.Pass)]
    [InlineData(1, CheckStatus.Warn)]
    [InlineData(24 * 3600, CheckStatus.Warn)]
    [InlineData((24 * 3600) + 1, CheckStatus.Fail)]
    public void An_age_breaches_a_threshold_only_when_strictly_greater(int secondsAfterMidnight, CheckStatus expected)
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { AsOf = Midnight.AddSeconds(secondsAfterMidnight) });

        result.Value.Should().Be((12 * 3600) + secondsAfterMidnight);
        result.Status.Should().Be(expected);
    }

    [Fact]
    public void A_date_counts_as_fresh_until_the_end_of_its_day()
    {
        directory.Write("current.csv", Events);

        var result = Run("day", new RunOptions { AsOf = Midnight.AddHours(6) });

        result.Value.Should().Be(30 * 3600, "the newest date, 2026-11-14, runs until 2026-11-15T00:00:00Z");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Be("newest event 2026-11-15T00:00:00Z is 30h old at 2026-11-16T06:00:00Z (as of --as-of)");
    }

    [Fact]
    public void Without_the_as_of_option_age_is_measured_at_the_snapshots_captured_at()
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { Clock = new FixedClock(Midnight.AddDays(30)) }, capturedAt: "2026-11-15T18:00:00Z");

        result.Value.Should().Be(6 * 3600);
        result.Evidence.Summary.Should().Be("newest event 2026-11-15T12:00:00Z is 6h old at 2026-11-15T18:00:00Z (as of the snapshot's captured_at)");
    }

    [Fact]
    public void The_as_of_option_overrides_captured_at()
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { AsOf = Midnight }, capturedAt: "2026-11-15T18:00:00Z");

        result.Value.Should().Be(12 * 3600);
        result.Evidence.Summary.Should().EndWith("(as of --as-of)");
    }

    [Fact]
    public void Without_as_of_or_captured_at_age_is_measured_at_the_clock()
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { Clock = new FixedClock(Midnight.AddDays(3)) });

        result.Value.Should().Be((3 * 86400) + (12 * 3600));
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().Be("newest event 2026-11-15T12:00:00Z is 3d12h old at 2026-11-19T00:00:00Z (as of the clock)");
    }

    [Fact]
    public void Events_after_the_as_of_instant_are_left_out_of_the_age_and_named_in_the_evidence()
    {
        directory.Write("current.csv", Events);

        var result = Run("event_time", new RunOptions { AsOf = Midnight.AddDays(-1) });

        result.Value.Should().Be(16 * 3600, "the newest event at or before 2026-11-15T00:00:00Z is 2026-11-14T08:00:00Z");
        result.Status.Should().Be(CheckStatus.Warn);
        result.Evidence.Summary.Should().Be("newest event 2026-11-14T08:00:00Z is 16h old at 2026-11-15T00:00:00Z (as of --as-of); 2 event(s) after the as-of instant, the latest 2026-11-15T12:00:00Z left out: check the clock of the producer");
    }

    [Fact]
    public void A_far_future_sentinel_row_does_not_hide_a_stale_feed()
    {
        directory.Write("current.csv", "event_time,day\n2026-11-14T00:00:00Z,2026-11-14\n9999-12-31T23:59:59Z,2026-11-14\n");

        var result = Run("event_time", new RunOptions { AsOf = Midnight });

        result.Value.Should().Be(48 * 3600);
        result.Status.Should().Be(CheckStatus.Fail);
        result.Evidence.Summary.Should().EndWith("; 1 event(s) after the as-of instant, the latest 9999-12-31T23:59:59Z left out: check the clock of the producer");
    }

    [Fact]
    public void Todays_date_is_zero_old_until_its_day_ends()
    {
        directory.Write("current.csv", "event_time,day\n2026-11-14T00:00:00Z,2026-11-16\n");

        var result = Run("day", new RunOptions { AsOf = Midnight.AddHours(6) });

        result.Value.Should().Be(0);
        result.Evidence.Summary.Should().Be("newest event 2026-11-17T00:00:00Z is 0s old at 2026-11-16T06:00:00Z (as of --as-of)");
    }

    [Fact]
    public void Only_events_after_the_as_of_instant_are_an_error_naming_them()
    {
        directory.Write("current.csv", "event_time,day\n2026-11-14T08:00:00Z,9999-12-31\n");

        var result = Run("day", new RunOptions { AsOf = Midnight });

        result.Status.Should().Be(CheckStatus.Error);
        result.Evidence.Summary.Should().Be("column 'day' has no event time at or before 2026-11-16T00:00:00Z: 1 event(s) after the as-of instant, the latest +010000-01-01T00:00:00Z; check the clock of the producer or --as-of");
    }

    /// <summary>
    /// Spark's INT96 file holds 9999-12-31T01:00:00Z and 290000-12-30T23:00:00Z (past what DateTimeOffset holds),
    /// both after the as-of instant; the age of the newest other event is from numpy 1.24:
    /// <c>(np.datetime64('2026-01-01T00:00:00','us') - np.datetime64('2024-12-30T23:00:00','us')).astype(np.int64) / 1e6</c>.
    /// </summary>
    [Fact]
    public void A_timestamp_past_year_9999_is_measured_and_written_with_its_expanded_year()
    {
        var fixture = Path.GetFullPath(Path.Combine(RepositoryCheckout.Root, "tests", "fixtures", "parquet-testing", "int96_from_spark.parquet"));
        File.Exists(fixture).Should().BeTrue($"the Parquet fixtures are committed in tests/fixtures ({fixture})");
        File.Copy(fixture, Path.Combine(directory.Root, "spark.parquet"));
        var yaml = """
            datasets:
              - id: spark
                snapshots: { current: spark.parquet }
                columns:
                  a: { type: timestamp, role: event_time }
            monitors:
              - { id: fresh, dataset: spark, check: freshness, column: a, warn: 12h, fail: 1d }
            """;

        var result = new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml), new RunOptions { AsOf = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }).Results.Should().ContainSingle().Subject;

        result.Status.Should().Be(CheckStatus.Fail);
        result.Value.Should().Be(31_626_000);
        result.Evidence.Summary.Should().Be("newest event 2024-12-30T23:00:00Z is 366d1h old at 2026-01-01T00:00:00Z (as of --as-of); 2 event(s) after the as-of instant, the latest +290000-12-30T23:00:00Z left out: check the clock of the producer");
    }

    [Fact]
    public void A_column_with_only_nulls_has_no_age()
    {
        directory.Write("current.csv", "event_time,day\n,2026-11-14\n,2026-11-14\n");

        var result = Run("event_time", new RunOptions { AsOf = Midnight });

        result.Status.Should().Be(CheckStatus.Error);
        result.Value.Should().BeNull();
        result.Evidence.Summary.Should().Be("column 'event_time' has no event times: every row is null");
    }

    private CheckResult Run(string column, RunOptions options, string? capturedAt = null)
    {
        var snapshots = capturedAt is null ? "{ current: current.csv }" : "{ current: current.csv, captured_at: " + capturedAt + " }";
        var yaml = $$"""
            datasets:
              - id: ds
                snapshots: {{snapshots}}
                columns:
                  event_time: { type: timestamp, role: event_time }
                  day: { type: date }
            monitors:
              - id: fresh
                dataset: ds
                check: freshness
                column: {{column}}
                warn: 12h
                fail: 1d12h
            """;

        return new MonitorRunner().Run(ValidDefinitions.Load(directory.Root, yaml), options).Results.Should().ContainSingle().Subject;
    }
}
