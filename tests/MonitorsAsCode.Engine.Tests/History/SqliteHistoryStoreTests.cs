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
