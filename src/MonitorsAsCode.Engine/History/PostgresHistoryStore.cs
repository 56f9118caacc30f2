using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// A history in a PostgreSQL database shared by a team (<c>history: { postgres: { connection: env:VAR } }</c>,
/// <c>--history env:VAR</c>); the connection string comes from the environment, never from the definitions. Tables are
/// created in the connection's current schema (set <c>Search Path</c> to keep them apart). Migrations take an advisory
/// lock, so two runs opening a new database at once do not both create the tables.
/// </summary>
public sealed class PostgresHistoryStore : SqlHistoryStore
{
    // Any constant: the key of the advisory lock that serialises writers of one history (letters 'MACH').
    private const long LockKey = 0x4D414348;

    private readonly NpgsqlConnection connection;

    private PostgresHistoryStore(NpgsqlConnection connection, string name)
        : base(connection, name)
    {
        this.connection = connection;
    }

    /// <summary>
    /// Opens the history in the database <paramref name="connectionString"/> names, called <paramref name="source"/> in
    /// messages (such as <c>env:MONITORS_HISTORY_PG</c>; the connection string itself is never shown, it may hold a
    /// password). With <paramref name="create"/> the tables are created or migrated; without it they must exist.
    /// </summary>
    /// <exception cref="HistoryStoreException">The server cannot be reached or refuses the connection, or the history is not one, or is newer.</exception>
    public static PostgresHistoryStore Open(string connectionString, string source, bool create = true)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(source);
        var name = Describe(connectionString, source);
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException error)
        {
            throw new HistoryStoreException(name, HistoryStoreFailure.Unreachable, $"{name}: the connection string in {source} cannot be read ({error.Message})", error);
        }

        var store = new PostgresHistoryStore(connection, name);
        try
        {
            try
            {
                connection.Open();
            }
            catch (Exception error) when (error is DbException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                throw new HistoryStoreException(name, HistoryStoreFailure.Unreachable, $"cannot connect to {name}: {FirstLine(error)}", error);
            }

            store.Prepare(create);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    private protected override DbTransaction BeginWrite()
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(" + LockKey.ToString(CultureInfo.InvariantCulture) + ")";
        command.ExecuteNonQuery();
        return transaction;
    }

    /// <inheritdoc/>
    private protected override DbTransaction BeginRead() => connection.BeginTransaction();

    /// <inheritdoc/>
    private protected override bool TableExists(DbTransaction transaction, string table) =>
        Convert.ToInt64(Scalar(transaction, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name", "@name", table), CultureInfo.InvariantCulture) > 0;

    /// <inheritdoc/>
    private protected override HistoryStoreException Translate(DbException error, string doing)
    {
        // A statement that failed on the server is a store problem; anything else lost the connection.
        return error is PostgresException server
            ? new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"cannot {doing} in {Name}: {server.SqlState} {server.MessageText}", error)
            : new HistoryStoreException(Name, HistoryStoreFailure.Unreachable, $"cannot {doing}: lost {Name} ({FirstLine(error)})", error);
    }

    private static string Describe(string connectionString, string source)
    {
        try
        {
            var parts = new NpgsqlConnectionStringBuilder(connectionString);
            var database = parts.Database ?? parts.Username ?? "(default)";
            return $"PostgreSQL history '{database}' on {parts.Host ?? "localhost"}:{parts.Port.ToString(CultureInfo.InvariantCulture)} ({source})";
        }
        catch (ArgumentException)
        {
            return $"PostgreSQL history ({source})";
        }
    }

    private static string FirstLine(Exception error)
    {
        var message = error.InnerException is { } inner && error is NpgsqlException && error is not PostgresException ? error.Message + ": " + inner.Message : error.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
