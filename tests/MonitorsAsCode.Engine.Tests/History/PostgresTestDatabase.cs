using Npgsql;

namespace MonitorsAsCode.Engine.Tests.History;

/// <summary>
/// A throwaway database in the tests' PostgreSQL (started by <c>tests/test-tools.sh postgres</c>, which
/// <c>dotnet test</c> runs for projects whose TestTools name postgres), dropped on dispose. When the server is not
/// there the test fails with a message saying how to start it: these tests are never skipped.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly string admin;

    private PostgresTestDatabase(string admin, string name)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string for the database.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// The server the tests use: <c>MONITORS_TEST_PG</c> when set (a connection string to a database the role may
    /// create databases from), else the private cluster of tests/test-tools.sh.
    /// </summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MONITORS_TEST_PG") is { Length: > 0 } given
            ? given
            : $"Host={Environment.GetEnvironmentVariable("MONITORS_TEST_PG_DIR") ?? "/tmp/monitors-test-postgres"};Port={Environment.GetEnvironmentVariable("MONITORS_TEST_PG_PORT") ?? "55439"};Username=monitors_test;Database=postgres;Pooling=false;Timeout=10";

    /// <summary>Creates a new empty database.</summary>
    public static PostgresTestDatabase Create()
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false }.ConnectionString;
        var name = "monitors_test_" + Guid.NewGuid().ToString("N");
        try
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"the tests' PostgreSQL is not reachable ({error.Message}); start it with `bash tests/test-tools.sh postgres` "
                + "(dotnet test runs it for this project), or set MONITORS_TEST_PG to a connection string of a server where the role may create databases",
                error);
        }

        return new PostgresTestDatabase(admin, name);
    }

    /// <summary>Runs one statement in the database (to tamper with a store from outside).</summary>
    public void Execute(string statement)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(statement, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Runs one query in the database and returns its first value.</summary>
    public object? Scalar(string query)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(query, connection);
        return command.ExecuteScalar();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
