using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Tests.History;

/// <summary>
/// The behaviour every SQL history store shares, run against SQLite and PostgreSQL alike (the derived classes say how to
/// open a fresh store and how to reach it from outside to tamper with it).
/// </summary>
[UseCulture("de-DE")]
public abstract class HistoryStoreContract : IDisposable
{
    protected static readonly DateTimeOffset Day0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Opens the store under test; the same store every call within a test.</summary>
    protected abstract SqlHistoryStore Open(bool create = true);

    /// <summary>Runs a statement on the store's database through a connection of its own.</summary>
    protected abstract void Execute(string statement);

    /// <summary>The first value of a query on the store's database, as a number.</summary>
    protected abstract long Count(string query);

    public abstract void Dispose();

    [Fact]
    public void Entries_are_read_back_field_for_field()
    {
        var entries = new[] { Entry("score-drift", 0), Entry("score-drift", 1, value: null, status: CheckStatus.Error) with { Warn = null, Fail = null, Revision = null, Rows = null, Snapshots = [], ModelVersions = [] } };
        using (var store = Open())
        {
            store.Record(entries);
        }

        using var reopened = Open();
        reopened.Read("score-drift", Day0.AddDays(30)).Should().BeEquivalentTo(entries, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_window_without_bounds_is_kept_by_its_as_of_instant()
    {
        using var store = Open();
        var entry = Entry("score-drift", 0) with { Window = JudgedWindow.At(Day0.AddHours(7).AddTicks(7)) };
        store.Record([entry]);

        var read = store.Read("score-drift", Day0.AddDays(1)).Should().ContainSingle().Subject;
        read.Window.From.Should().BeNull();
        read.Window.To.Should().BeNull();
        read.Window.AsOf.Should().Be(Day0.AddHours(7), "instants are kept to the microsecond; 0.7 µs is below it");
    }

    [Fact]
    public void Recording_the_same_window_again_replaces_it()
    {
        using var store = Open();
        store.Record([Entry("score-drift", 0, value: 0.1)]);
        store.Record([Entry("score-drift", 0, value: 0.3, status: CheckStatus.Fail)]);

        var read = store.Read("score-drift", Day0.AddDays(1)).Should().ContainSingle().Subject;
        read.Value.Should().Be(0.3);
        read.Status.Should().Be(CheckStatus.Fail);
        Count("SELECT COUNT(*) FROM history_entry").Should().Be(1);
    }

    [Fact]
    public void Recording_a_run_twice_changes_no_row()
    {
        using var store = Open();
        var run = new[] { Entry("a", 0), Entry("b", 0), Entry("a", 1) };
        store.Record(run);
        var first = store.All();
        store.Record(run);

        store.All().Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        Count("SELECT COUNT(*) FROM history_entry").Should().Be(3);
    }

    [Fact]
    public void A_recording_that_fails_midway_leaves_the_store_as_it_was()
    {
        using var store = Open();
        store.Record([Entry("a", 0, value: 0.1)]);

        // The third entry breaks a NOT NULL column: the replaced first and the new second must not stay either.
        var broken = Entry("c", 0) with { EvidenceSummary = null! }; // null! on purpose: a row the database refuses
        var act = () => store.Record([Entry("a", 0, value: 0.9), Entry("b", 0), broken]);

        act.Should().Throw<HistoryStoreException>().Which.Failure.Should().Be(HistoryStoreFailure.Unreadable);
        store.All().Should().ContainSingle().Which.Value.Should().Be(0.1);
        Count("SELECT COUNT(*) FROM history_entry").Should().Be(1);
    }

    [Fact]
    public void Read_returns_the_windows_ended_by_before_and_started_from_since_oldest_first()
    {
        using var store = Open();
        store.Record([Entry("a", 3), Entry("a", 0), Entry("b", 1), Entry("a", 2), Entry("a", 1), Entry("a", 4)]);

        Days(store.Read("a", Day0.AddDays(3))).Should().Equal(0, 1, 2);
        Days(store.Read("a", Day0.AddDays(3), since: Day0.AddDays(1))).Should().Equal(1, 2);
        Days(store.Read("a", Day0.AddDays(3).AddTicks(-10))).Should().Equal(0, 1);
        store.Read("missing", Day0.AddDays(30)).Should().BeEmpty();
    }

    [Fact]
    public void Every_entry_is_listed_by_monitor_id_in_ordinal_order_then_by_window()
    {
        using var store = Open();
        store.Record([Entry("b", 1), Entry("a_1", 0), Entry("B", 0), Entry("a-2", 0), Entry("b", 0), Entry("é", 0)]);

        store.All().Select(e => e.MonitorId + "@" + (int)(e.Window.Key.Start - Day0).TotalDays)
            .Should().Equal("B@0", "a-2@0", "a_1@0", "b@0", "b@1", "é@0");
    }

    [Fact]
    public void Not_a_number_is_kept_as_no_value_in_every_store()
    {
        using var store = Open();
        store.Record([Entry("a", 0, value: double.NaN)]);

        store.All().Should().ContainSingle().Which.Value.Should().BeNull();
    }

    [Fact]
    public void A_history_written_by_a_newer_schema_is_refused_and_left_as_it_is()
    {
        using (var store = Open())
        {
            store.Record([Entry("a", 0)]);
        }

        Execute("UPDATE schema_version SET version = 7");
        var act = () => Open();

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.NewerSchema);
        error.Message.Should().Contain(error.Store).And.Contain("version 7").And.Contain("upgrade monitors");
        Count("SELECT MAX(version) FROM schema_version").Should().Be(7);
        Count("SELECT COUNT(*) FROM history_entry").Should().Be(1);
    }

    [Fact]
    public void Reopening_keeps_the_rows_and_one_schema_version_row()
    {
        using (var store = Open())
        {
            store.Record([Entry("a", 0)]);
        }

        using (var store = Open())
        {
            store.Read("a", Day0.AddDays(2)).Should().ContainSingle();
        }

        Count("SELECT COUNT(*) FROM schema_version").Should().Be(1);
        Count("SELECT MAX(version) FROM schema_version").Should().Be(HistorySchema.Version);
    }

    [Fact]
    public void A_store_with_no_history_cannot_be_read_without_creating_one()
    {
        Execute("CREATE TABLE unrelated (x BIGINT)");
        var act = () => Open(create: false);

        act.Should().Throw<HistoryStoreException>().Which.Message.Should().Contain("holds no history yet");
        Count("SELECT COUNT(*) FROM unrelated").Should().Be(0);
    }

    [Fact]
    public void The_csv_export_is_the_same_bytes_as_written_by_hand()
    {
        using var store = Open();
        store.Record(KnownHistory());

        using var writer = new StringWriter();
        HistoryCsv.Write(store.All(), writer);

        writer.ToString().Should().Be(KnownCsv);
    }

    /// <summary>Three entries of two monitors with every kind of value an export must write.</summary>
    internal static HistoryEntry[] KnownHistory() =>
    [
        new HistoryEntry("volume", "orders", "volume", JudgedWindow.At(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero)), CheckStatus.Warn, 0.8125)
        {
            Warn = new Threshold(0.9, 1.25),
            Fail = new Threshold(0.5, 2),
            EvidenceSummary = "",
            Rows = 1625,
        },
        new HistoryEntry("score-drift", "scoring", "drift", new JudgedWindow(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 6, 30, 0, 500, TimeSpan.Zero)), CheckStatus.Fail, 1e-5)
        {
            Fail = Threshold.AtLeast(0.01),
            EvidenceSummary = "p = 1e-05, \"score\" shifted,\nsee the table",
            Revision = "0123456789abcdef0123456789abcdef01234567",
            Snapshots = [new SnapshotFingerprint("reference", "data/ref.parquet", "xxh128:00"), new SnapshotFingerprint("current", "data/cur \"x\".parquet", "xxh128:ff")],
            ModelVersions = ["fraud-v7", "fraud-v8"],
            Rows = 20000,
        },
        new HistoryEntry("score-drift", "scoring", "drift", new JudgedWindow(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)), CheckStatus.Error, null)
        {
            EvidenceSummary = "column 'score' is missing",
        },
    ];

    /// <summary>The CSV of <see cref="KnownHistory"/>, written by hand from RFC 4180 and docs/history.md.</summary>
    internal const string KnownCsv =
        "monitor_id,window_start,window_end,window_from,window_to,as_of,dataset_id,check_kind,status,value,warn_below,warn_above,fail_below,fail_above,evidence_summary,revision,row_count,snapshots,model_versions\n"
        + "score-drift,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,2026-11-02T00:00:00Z,scoring,drift,error,,,,,,column 'score' is missing,,,[],[]\n"
        + "score-drift,2026-11-02T00:00:00Z,2026-11-03T00:00:00Z,2026-11-02T00:00:00Z,2026-11-03T00:00:00Z,2026-11-03T06:30:00.5Z,scoring,drift,fail,1E-05,,,0.01,,\"p = 1e-05, \"\"score\"\" shifted,\nsee the table\",0123456789abcdef0123456789abcdef01234567,20000,"
        + "\"[{\"\"side\"\":\"\"reference\"\",\"\"path\"\":\"\"data/ref.parquet\"\",\"\"hash\"\":\"\"xxh128:00\"\"},{\"\"side\"\":\"\"current\"\",\"\"path\"\":\"\"data/cur \\u0022x\\u0022.parquet\"\",\"\"hash\"\":\"\"xxh128:ff\"\"}]\","
        + "\"[\"\"fraud-v7\"\",\"\"fraud-v8\"\"]\"\n"
        + "volume,2026-11-16T00:00:00Z,2026-11-16T00:00:00Z,,,2026-11-16T00:00:00Z,orders,volume,warn,0.8125,0.9,1.25,0.5,2,\"\",,1625,[],[]\n";

    protected static HistoryEntry Entry(string monitor, int day, double? value = 0.125, CheckStatus status = CheckStatus.Pass) =>
        new(monitor, "scoring", "drift", new JudgedWindow(Day0.AddDays(day), Day0.AddDays(day + 1), Day0.AddDays(day + 1).AddHours(2)), status, value)
        {
            Warn = Threshold.AtMost(0.1),
            Fail = new Threshold(0.01, 0.25),
            EvidenceSummary = "PSI 0.125 on 'score', \"quoted\"",
            Revision = "4b4cc6f",
            Snapshots = [new SnapshotFingerprint("reference", "data/reference.parquet", "xxh128:0a"), new SnapshotFingerprint("current", "data/day=2026-11-01/", "xxh128:0b")],
            ModelVersions = ["v1", "v2 ü"],
            Rows = 1000 + day,
        };

    private static IEnumerable<int> Days(IEnumerable<HistoryEntry> entries) => entries.Select(e => (int)(e.Window.Key.Start - Day0).TotalDays);
}
