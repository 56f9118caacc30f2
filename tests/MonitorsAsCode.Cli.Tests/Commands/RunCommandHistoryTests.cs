using Microsoft.Data.Sqlite;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Tests.History;

namespace MonitorsAsCode.Cli.Tests.Commands;

/// <summary><c>monitors run --history</c>: every result recorded once, nothing when the run fails, each store failure its own exit code.</summary>
[UseCulture("de-DE")]
public sealed class RunCommandHistoryTests : IDisposable
{
    private static readonly DateTimeOffset CapturedAt = new(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly DefinitionsFolder folder = DefinitionsFolder.Orders();

    private string Store => folder.PathOf("monitors-history.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_run_records_every_result_with_its_window_thresholds_and_snapshot_fingerprints()
    {
        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store);

        outcome.ExitCode.Should().Be(ExitCodes.Passed, outcome.Error);
        var entries = All();
        entries.Select(e => e.MonitorId).Should().Equal("amount-completeness", "amount-drift", "orders-freshness");
        entries.Should().AllSatisfy(e =>
        {
            e.Window.Should().Be(JudgedWindow.At(CapturedAt), "the run judged the snapshots as of their captured_at");
            e.DatasetId.Should().Be("orders");
            e.Revision.Should().BeNull("the folder is not in a git tree");
            e.Rows.Should().Be(4);
            e.ModelVersions.Should().BeEmpty();
        });
        var completeness = entries[0];
        completeness.Check.Should().Be("completeness");
        completeness.Status.Should().Be(CheckStatus.Pass);
        completeness.Value.Should().Be(0);
        completeness.Warn!.Value.Above.Should().Be(0.1);
        completeness.Fail!.Value.Above.Should().Be(0.5);
        entries.Should().AllSatisfy(e => e.Snapshots.Select(s => s.Side + " " + s.Path).Should().Equal(
            ["reference data/reference.csv", "current data/current.csv"], "the dataset's run read both (drift needs the reference)"));
        entries[1].Snapshots[0].Hash.Should().Be(entries[1].Snapshots[1].Hash, "both snapshots hold the same bytes").And.MatchRegex("^xxh128:[0-9a-f]{32}$");
    }

    [Fact]
    public void Running_again_changes_no_row_and_a_changed_snapshot_changes_its_fingerprint()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);
        var first = All();
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);
        All().Should().BeEquivalentTo(first, o => o.WithStrictOrdering());

        folder.Write("data/current.csv", DefinitionsFolder.Snapshot.Replace("40.75", "40.5", StringComparison.Ordinal));
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);
        var second = All();
        second.Should().HaveCount(3, "the same window is replaced");
        second[0].Snapshots[1].Hash.Should().NotBe(first[0].Snapshots[1].Hash);
        second[0].Snapshots[0].Hash.Should().Be(first[0].Snapshots[0].Hash, "the reference did not change");
    }

    [Fact]
    public void The_store_the_definitions_name_is_used_without_the_option()
    {
        folder.Write("history.yaml", "history: { store: state/history.db }\n");
        Directory.CreateDirectory(folder.PathOf("state"));

        CommandLine.Run("run", folder.FullPath).ExitCode.Should().Be(0);

        using var store = SqliteHistoryStore.Open(folder.PathOf("state/history.db"), create: false);
        store.All().Should().HaveCount(3);
    }

    [Fact]
    public void A_run_that_fails_on_unreadable_data_records_nothing()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-02T00:00:00Z").ExitCode.Should().Be(0);
        var before = All();
        folder.Write("data/current.csv", "order_id,placed_at,amount\no1,2026-01-01T09:00:00Z,\"unterminated\n");

        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-01-03T00:00:00Z");

        outcome.ShouldBeUserError(ExitCodes.DataUnreadable);
        All().Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Model_versions_and_the_git_revision_are_recorded()
    {
        using var repository = GitRepositoryFolder.Create();
        repository.Write("defs/datasets.yaml", DefinitionsFolder.DatasetsYaml.Replace("amount:    { type: double, role: feature }", "amount:    { type: double, role: feature }\n      model:     { type: string, role: model_version }", StringComparison.Ordinal));
        repository.Write("defs/monitors.yaml", DefinitionsFolder.MonitorsYaml);
        var withModel = "order_id,placed_at,amount,model\no1,2026-01-01T09:00:00Z,1,v2\no2,2026-01-01T10:00:00Z,2,v10\no3,2026-01-01T11:00:00Z,3,v2\n";
        repository.Write("defs/data/reference.csv", withModel);
        repository.Write("defs/data/current.csv", withModel);
        repository.Commit("orders");
        var head = HeadCommit(repository.Root);
        var store = repository.PathOf("defs/h.db");

        CommandLine.Run("run", repository.PathOf("defs"), "--history", store).ExitCode.Should().Be(0);

        using var opened = SqliteHistoryStore.Open(store, create: false);
        opened.All().Should().AllSatisfy(e =>
        {
            e.ModelVersions.Should().Equal("v10", "v2");
            e.Revision.Should().Be(head);
            e.Rows.Should().Be(3);
        });
    }

    [Fact]
    public void A_damaged_store_stops_the_run_with_its_exit_code_and_is_left_unchanged()
    {
        File.WriteAllText(Store, "definitely not a database, just some text long enough to look like a header");
        var bytes = File.ReadAllBytes(Store);

        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store);

        outcome.ShouldBeUserError(ExitCodes.HistoryUnreadable);
        outcome.Error.Should().Contain("history store '" + Store + "'");
        File.ReadAllBytes(Store).Should().Equal(bytes);
    }

    [Fact]
    public void A_store_written_by_a_newer_schema_stops_the_run_with_its_exit_code()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);
        Execute("UPDATE schema_version SET version = 99");

        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store, "--as-of", "2026-02-01");

        outcome.ShouldBeUserError(ExitCodes.HistoryNewerSchema);
        outcome.Error.Should().Contain("version 99").And.Contain("upgrade monitors");
        Execute("UPDATE schema_version SET version = 1");
        All().Should().OnlyContain(e => e.Window.AsOf == CapturedAt, "nothing of the refused run was recorded");
    }

    [Fact]
    public void A_store_locked_by_another_process_stops_the_run_after_the_busy_timeout()
    {
        CommandLine.Run("run", folder.FullPath, "--history", Store).ExitCode.Should().Be(0);
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Store, Pooling = false }.ToString());
        other.Open();
        using (var hold = other.CreateCommand())
        {
            hold.CommandText = "BEGIN EXCLUSIVE";
            hold.ExecuteNonQuery();
        }

        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store);

        outcome.ShouldBeUserError(ExitCodes.HistoryLocked);
        outcome.Error.Should().Contain("is locked by another process");
    }

    [Fact]
    public void An_unset_variable_and_an_unreachable_postgres_have_their_exit_codes()
    {
        CommandLine.Run(_ => null, "run", folder.FullPath, "--history", "env:MONITORS_HISTORY_PG")
            .ShouldBeUserError(ExitCodes.HistoryNotConfigured);

        var unreachable = CommandLine.Run(_ => "Host=127.0.0.1;Port=1;Database=h;Username=u;Password=secret-pw;Timeout=2", "run", folder.FullPath, "--history", "env:MONITORS_HISTORY_PG");
        unreachable.ShouldBeUserError(ExitCodes.HistoryUnreachable);
        unreachable.Error.Should().Contain("env:MONITORS_HISTORY_PG").And.NotContain("secret-pw");
    }

    [Fact]
    public void A_sqlite_database_of_another_application_is_not_taken_over()
    {
        Execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        var before = File.ReadAllBytes(Store);

        var outcome = CommandLine.Run("run", folder.FullPath, "--history", Store);

        outcome.ShouldBeUserError(ExitCodes.HistoryUnreadable);
        outcome.Error.Should().Contain($"history store '{Store}' is a SQLite database of something else (tables invoices) with no history in it; it is left as it is");
        File.ReadAllBytes(Store).Should().Equal(before, "not a table is added to it");
    }

    [Fact]
    public void Sqlite_and_postgres_histories_of_the_same_runs_export_the_same_bytes()
    {
        using var database = PostgresTestDatabase.Create();
        string? Variables(string name) => name == "TEAM_HISTORY" ? database.ConnectionString : null;
        foreach (var asOf in new[] { "2026-01-02T00:00:00Z", "2026-01-03T00:00:00.123456Z" })
        {
            // The later as-of makes the orders stale, so that run fails its freshness monitor (exit 1) and records it.
            CommandLine.Run(Variables, "run", folder.FullPath, "--history", Store, "--as-of", asOf).ExitCode.Should().BeOneOf(0, 1);
            CommandLine.Run(Variables, "run", folder.FullPath, "--history", "env:TEAM_HISTORY", "--as-of", asOf).ExitCode.Should().BeOneOf(0, 1);
        }

        foreach (var format in new[] { "csv", "parquet" })
        {
            var fromSqlite = folder.PathOf("sqlite." + format);
            var fromPostgres = folder.PathOf("postgres." + format);
            CommandLine.Run(Variables, "history", "export", "--history", Store, "--format", format, "--out", fromSqlite).ExitCode.Should().Be(0);
            CommandLine.Run(Variables, "history", "export", "--history", "env:TEAM_HISTORY", "--format", format, "--out", fromPostgres).ExitCode.Should().Be(0);

            File.ReadAllBytes(fromPostgres).Should().Equal(File.ReadAllBytes(fromSqlite), format + " exports of the same history are the same bytes");
        }

        File.ReadAllLines(folder.PathOf("sqlite.csv")).Should().HaveCount(7, "a header and 3 monitors × 2 windows");
        File.ReadAllBytes(folder.PathOf("sqlite.parquet")).Take(4).Should().Equal("PAR1"u8.ToArray());
    }

    /// <summary>The commit HEAD names, read from the repository's files rather than through git.</summary>
    private static string HeadCommit(string root)
    {
        var head = File.ReadAllText(Path.Combine(root, ".git", "HEAD")).Trim();
        return head.StartsWith("ref: ", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(root, ".git", head["ref: ".Length..].Replace('/', Path.DirectorySeparatorChar))).Trim()
            : head;
    }

    private IReadOnlyList<HistoryEntry> All()
    {
        using var store = SqliteHistoryStore.Open(Store, create: false);
        return store.All();
    }

    private void Execute(string statement)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Store, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }
}
