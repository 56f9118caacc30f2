using Microsoft.Data.Sqlite;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Tests.History;

public sealed class SqliteHistoryStoreTests : HistoryStoreContract
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    private string File => directory.PathOf("history.db");

    protected override SqlHistoryStore Open(bool create = true) => SqliteHistoryStore.Open(File, create, TimeSpan.FromMilliseconds(300));

    protected override void Execute(string statement)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    protected override long Count(string query)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override void Dispose() => directory.Dispose();

    [Fact]
    public void A_damaged_file_is_refused_by_name_and_left_unchanged()
    {
        var garbage = "this is not a SQLite database, only text that looks like nothing"u8.ToArray();
        System.IO.File.WriteAllBytes(File, garbage);

        var act = () => Open();

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.Unreadable);
        error.Message.Should().Contain("history store '" + File + "'").And.Contain("not a SQLite database or is damaged");
        System.IO.File.ReadAllBytes(File).Should().Equal(garbage);
    }

    [Fact]
    public void A_damaged_page_is_found_when_the_store_is_opened_before_anything_is_judged_or_written()
    {
        using (var store = Open())
        {
            store.Record([.. Enumerable.Range(0, 400).Select(i => Entry("monitor-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), i) with { EvidenceSummary = new string('e', 200) })]);
        }

        // The file header and the schema page stay intact, so the file opens; a page of the entries is overwritten.
        var bytes = System.IO.File.ReadAllBytes(File);
        bytes.Length.Should().BeGreaterThan(8 * 4096);
        Array.Fill(bytes, (byte)0xA5, 5 * 4096, 4096);
        System.IO.File.WriteAllBytes(File, bytes);

        var act = () => Open();

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.Unreadable);
        error.Message.Should().StartWith("history store '" + File + "' is damaged (SQLite's quick_check: ").And.Contain("left as it is");
        System.IO.File.ReadAllBytes(File).Should().Equal(bytes);
    }

    [Fact]
    public void A_sqlite_database_of_another_application_is_refused_and_left_unchanged()
    {
        Execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        Execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");
        var before = System.IO.File.ReadAllBytes(File);

        var act = () => Open();

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.Unreadable);
        error.Message.Should().Be("history store '" + File + "' is a SQLite database of something else (tables customers, orders) with no history in it; it is left as it is: name a new file for the history");
        System.IO.File.ReadAllBytes(File).Should().Equal(before);
    }

    [Fact]
    public void An_empty_sqlite_file_becomes_a_history()
    {
        Execute("PRAGMA user_version = 0");

        using var store = Open();

        Count("SELECT COUNT(*) FROM schema_version").Should().Be(1);
    }

    [Fact]
    public void A_file_locked_by_another_process_is_waited_for_then_refused_and_nothing_is_written()
    {
        using (var store = Open())
        {
            store.Record([Entry("a", 0, value: 0.1)]);
        }

        using var locked = Open(create: false);
        using var other = Connect();
        using (var hold = other.CreateCommand())
        {
            hold.CommandText = "BEGIN EXCLUSIVE";
            hold.ExecuteNonQuery();
        }

        var act = () => locked.Record([Entry("a", 0, value: 0.9), Entry("b", 0)]);

        act.Should().Throw<HistoryStoreException>().Which.Failure.Should().Be(HistoryStoreFailure.Locked);
        using (var release = other.CreateCommand())
        {
            release.CommandText = "ROLLBACK";
            release.ExecuteNonQuery();
        }

        locked.All().Should().ContainSingle().Which.Value.Should().Be(0.1);
    }

    [Fact]
    public void A_missing_file_is_not_created_when_only_reading()
    {
        var act = () => Open(create: false);

        act.Should().Throw<HistoryStoreException>().Which.Message.Should().Contain("does not exist");
        System.IO.File.Exists(File).Should().BeFalse();
    }

    [Fact]
    public void A_table_named_like_the_history_without_a_schema_version_is_not_taken_over()
    {
        Execute("CREATE TABLE history_entry (x TEXT)");

        var act = () => Open();

        act.Should().Throw<HistoryStoreException>().Which.Message.Should().Contain("is not a history written by monitors");
        Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'").Should().Be(0);
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
