using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Tests.History;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary>
/// The worked example's 90 days of daily partitions (<c>monitors/fraud-scoring/data/daily</c>), backfilled through the
/// real command: the history is filled once, whichever store holds it, and on the example's own data the fixed
/// threshold misses the lookup outage and fires on the campaign while both baselines are right.
/// </summary>
[UseCulture("de-DE")]
public sealed class WorkedExampleHistoryTests(WorkedExampleHistoryTests.Backfilled backfilled) : IClassFixture<WorkedExampleHistoryTests.Backfilled>
{
    private const string Fixed = "guest-checkout-share";
    private const string LastWeek = "guest-checkout-share-vs-last-week";
    private const string HoltWinters = "guest-checkout-share-trend";

    /// <summary>The backfill the README shows: 90 daily windows, the day before the export stalled last.</summary>
    private static readonly string[] Backfill = ["--window", "1d", "--from", "2026-08-16", "--to", "2026-11-14"];

    private static readonly DateTimeOffset CampaignStart = Day("2026-09-21");
    private static readonly DateTimeOffset CampaignEnd = Day("2026-10-05");
    private static readonly DateTimeOffset LookupOutage = Day("2026-11-04");

    [Fact]
    public void The_backfill_records_every_monitor_for_each_of_the_90_days()
    {
        backfilled.ExitCode.Should().Be(ExitCodes.Failed, "the current week's incidents fail their monitors");
        var entries = backfilled.Entries;
        entries.Should().HaveCount(21 * 90);
        entries.Select(e => e.Window.Key).Distinct().Should().HaveCount(90);
        entries.Where(e => e.MonitorId == Fixed).Should().OnlyContain(e => e.Rows >= 180 && e.Snapshots.Count == 1 && e.Snapshots[0].Path == "data/daily");
    }

    [Fact]
    public void Backfilling_again_changes_no_row()
    {
        var again = CommandLine.Run(["run", RepositoryCheckout.FraudScoring, .. Backfill, "--history", backfilled.Store]);

        again.ExitCode.Should().Be(ExitCodes.Failed, again.Error);
        Export(backfilled.Store).Should().Equal(backfilled.Export, "the same windows replace their rows, with the same values");
    }

    [Fact]
    public void The_fixed_threshold_misses_the_lookup_outage_and_fires_on_the_campaign()
    {
        var fixedThreshold = backfilled.Of(Fixed);

        fixedThreshold.Where(e => e.Status == CheckStatus.Fail).Select(e => e.Window.From).Should().Equal(CampaignDays(), "every campaign day breaches the fixed 0.25, and no other day does");
        fixedThreshold.Should().NotContain(e => e.Status == CheckStatus.Warn);
        var outage = fixedThreshold.Single(e => e.Window.From == LookupOutage);
        outage.Status.Should().Be(CheckStatus.Pass, "a weekday at a weekend's share is under limits loose enough for weekends");
        var otherWednesdays = fixedThreshold.Where(e => e.Window.From!.Value.DayOfWeek == DayOfWeek.Wednesday && e.Window.From != LookupOutage && !InCampaign(e)).Select(e => e.Value!.Value).ToList();
        outage.Value.Should().BeGreaterThan(2.5 * otherWednesdays.Max(), "the outage more than doubled the worst ordinary Wednesday's share");
    }

    [Theory]
    [InlineData(LastWeek, "2026-10-26")]
    [InlineData(HoltWinters, "2026-10-30")] // two whole seasons of ordinary days in the look-back
    public void The_baseline_catches_the_lookup_outage_and_fails_on_no_other_ordinary_day(string monitor, string judgedAgainFrom)
    {
        var entries = backfilled.Of(monitor);

        entries.Single(e => e.Window.From == LookupOutage).Status.Should().Be(CheckStatus.Fail);
        entries.Where(e => !InCampaign(e) && e.Status == CheckStatus.Fail).Select(e => e.Window.From).Should().Equal([LookupOutage]);
        var campaign = entries.Where(InCampaign).ToList();
        campaign.Take(7).Should().OnlyContain(e => e.Status == CheckStatus.Fail, "the campaign's first week is far from what the weeks before it expect (the event suppresses it)");
        campaign.Should().OnlyContain(e => e.Status == CheckStatus.Fail || e.Status == CheckStatus.Skipped, "once the campaign's days, left out, leave fewer than min_history ordinary days, the baseline says so rather than judge");
        entries.Where(e => e.Window.From >= Day(judgedAgainFrom)).Should().OnlyContain(e => e.Status != CheckStatus.Skipped, "enough ordinary days after the campaign are history enough again");
        entries.Where(e => e.Window.From >= CampaignEnd && e.Window.From < Day(judgedAgainFrom)).Should().Contain(e => e.Status == CheckStatus.Skipped, "right after the campaign too few ordinary days are left");
    }

    [Fact]
    public void Same_period_last_week_never_warns_on_an_ordinary_day()
    {
        backfilled.Of(LastWeek).Where(e => !InCampaign(e) && e.Window.From != LookupOutage).Should().OnlyContain(e => e.Status == CheckStatus.Pass || e.Status == CheckStatus.Skipped);
    }

    [Fact]
    public void A_campaign_day_does_not_page_and_the_outage_day_does()
    {
        var store = backfilled.CopyOfStore();
        try
        {
            var campaign = CommandLine.Run("run", RepositoryCheckout.FraudScoring, "--window", "1d", "--from", "2026-09-22", "--to", "2026-09-23", "--history", store, "--format", "json");
            var outage = CommandLine.Run("run", RepositoryCheckout.FraudScoring, "--window", "1d", "--from", "2026-11-04", "--to", "2026-11-05", "--history", store, "--format", "json");

            campaign.ExitCode.Should().Be(ExitCodes.Passed, "the campaign's failures are suppressed: " + campaign.Error);
            var duringCampaign = Results(campaign);
            foreach (var monitor in new[] { Fixed, LastWeek, HoltWinters })
            {
                duringCampaign[monitor].GetProperty("status").GetString().Should().Be("fail");
                duringCampaign[monitor].GetProperty("suppressed_by").EnumerateArray().Select(e => e.GetString()).Should().Equal("autumn-cashback-2026-muted");
            }

            outage.ExitCode.Should().Be(ExitCodes.Failed);
            var onOutage = Results(outage);
            onOutage[Fixed].GetProperty("status").GetString().Should().Be("pass");
            onOutage[LastWeek].GetProperty("status").GetString().Should().Be("fail");
            onOutage[HoltWinters].GetProperty("status").GetString().Should().Be("fail");
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void A_postgres_backfill_fills_the_history_once_and_exports_the_bytes_of_the_sqlite_one()
    {
        using var database = PostgresTestDatabase.Create();
        string? Variables(string name) => name == "TEAM_HISTORY" ? database.ConnectionString : null;
        var export = Path.Combine(Path.GetTempPath(), "worked-example-postgres-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var exports = new List<byte[]>();
            for (var run = 0; run < 2; run++)
            {
                var outcome = CommandLine.Run(Variables, ["run", RepositoryCheckout.FraudScoring, .. Backfill, "--history", "env:TEAM_HISTORY"]);
                outcome.ExitCode.Should().Be(ExitCodes.Failed, outcome.Error);
                database.Scalar("SELECT COUNT(*) FROM history_entry").Should().Be(21L * 90, "run {0} leaves one row per monitor and day", run + 1);
                CommandLine.Run(Variables, "history", "export", "--history", "env:TEAM_HISTORY", "--out", export).ExitCode.Should().Be(0);
                exports.Add(File.ReadAllBytes(export));
            }

            exports[1].Should().Equal(exports[0], "backfilling again changes no row");
            exports[0].Should().Equal(backfilled.Export, "SQLite and PostgreSQL hold the same history, byte for byte once exported");
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static bool InCampaign(HistoryEntry entry) => entry.Window.From >= CampaignStart && entry.Window.From < CampaignEnd;

    private static List<DateTimeOffset?> CampaignDays() =>
        [.. Enumerable.Range(0, 14).Select(i => (DateTimeOffset?)CampaignStart.AddDays(i))];

    private static DateTimeOffset Day(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, System.Text.Json.JsonElement> Results(CommandOutcome outcome) =>
        outcome.Json().GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("monitor").GetString() ?? string.Empty, StringComparer.Ordinal);

    private static byte[] Export(string store)
    {
        var path = store + ".csv";
        try
        {
            var outcome = CommandLine.Run("history", "export", "--history", store, "--out", path);
            outcome.ExitCode.Should().Be(0, outcome.Error);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The example backfilled once into a SQLite history, shared by the tests of the class (each only reads it, or re-records the same rows).</summary>
    public sealed class Backfilled : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("worked-example-history-");

        public Backfilled()
        {
            Store = Path.Combine(folder.FullName, "monitors-history.db");
            ExitCode = CommandLine.Run(["run", RepositoryCheckout.FraudScoring, .. Backfill, "--history", Store]).ExitCode;
            Export = WorkedExampleHistoryTests.Export(Store);
            using var store = SqliteHistoryStore.Open(Store, create: false);
            Entries = store.All();
        }

        public string Store { get; }

        public int ExitCode { get; }

        public byte[] Export { get; }

        public IReadOnlyList<HistoryEntry> Entries { get; }

        public List<HistoryEntry> Of(string monitor) => [.. Entries.Where(e => e.MonitorId == monitor)];

        public string CopyOfStore()
        {
            var copy = Path.Combine(folder.FullName, "copy-" + Guid.NewGuid().ToString("N") + ".db");
            File.Copy(Store, copy);
            return copy;
        }

        public void Dispose() => folder.Delete(recursive: true);
    }
}
