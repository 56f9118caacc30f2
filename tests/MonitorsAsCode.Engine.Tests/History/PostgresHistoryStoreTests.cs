using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Tests.History;

public sealed class PostgresHistoryStoreTests : HistoryStoreContract
{
    private readonly PostgresTestDatabase database = PostgresTestDatabase.Create();

    protected override SqlHistoryStore Open(bool create = true) => PostgresHistoryStore.Open(database.ConnectionString, "env:MONITORS_HISTORY_PG", create);

    protected override void Execute(string statement) => database.Execute(statement);

    protected override long Count(string query) => Convert.ToInt64(database.Scalar(query), System.Globalization.CultureInfo.InvariantCulture);

    public override void Dispose() => database.Dispose();

    [Fact]
    public void An_unreachable_server_is_named_without_its_password()
    {
        var act = () => PostgresHistoryStore.Open("Host=127.0.0.1;Port=1;Database=team_history;Username=monitors;Password=s3cret-word;Timeout=3", "env:MONITORS_HISTORY_PG");

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.Unreachable);
        error.Message.Should().StartWith("cannot connect to PostgreSQL history 'team_history' on 127.0.0.1:1 (env:MONITORS_HISTORY_PG)");
        error.Message.Should().NotContain("s3cret-word");
    }

    [Fact]
    public void An_unset_connection_variable_is_named()
    {
        var act = () => HistoryStores.Open(new HistoryStoreSetting(HistoryStoreKind.Postgres, "env:MONITORS_HISTORY_PG"), _ => null, create: true);

        var error = act.Should().Throw<HistoryStoreException>().Which;
        error.Failure.Should().Be(HistoryStoreFailure.NotConfigured);
        error.Message.Should().Contain("environment variable MONITORS_HISTORY_PG is not set");
    }

    [Fact]
    public void The_connection_string_is_read_from_the_named_variable()
    {
        using var store = HistoryStores.Open(
            new HistoryStoreSetting(HistoryStoreKind.Postgres, "env:TEAM_HISTORY"),
            name => name == "TEAM_HISTORY" ? database.ConnectionString : null,
            create: true);
        store.Record([Entry("a", 0)]);

        Count("SELECT COUNT(*) FROM history_entry").Should().Be(1);
        store.Name.Should().Contain("env:TEAM_HISTORY");
    }
}
