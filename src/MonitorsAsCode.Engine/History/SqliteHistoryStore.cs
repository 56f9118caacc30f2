using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// A history in a SQLite file: the embedded default (<c>history: { store: monitors-history.db }</c>,
/// <c>--history PATH</c>). A file locked by another process is waited for up to the busy timeout, then refused with a
/// message; a damaged file, or one that is not a history, is refused without being changed.
/// </summary>
public sealed class SqliteHistoryStore : SqlHistoryStore
{
    /// <summary>How long a write waits for another process's lock on the file by default.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    private readonly SqliteConnection connection;

    private SqliteHistoryStore(SqliteConnection connection, string path)
        : base(connection, "history store '" + path + "'")
    {
        this.connection = connection;
    }

    /// <summary>
    /// Opens the history in the SQLite file at <paramref name="path"/>. With <paramref name="create"/> a missing file is
    /// created and an older schema migrated; without it (exports, trends), the file must already hold a history.
    /// </summary>
    /// <exception cref="HistoryStoreException">The file is missing, damaged, locked past <paramref name="busyTimeout"/>, not a history, or newer.</exception>
    public static SqliteHistoryStore Open(string path, bool create = true, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var timeout = busyTimeout ?? DefaultBusyTimeout;
        var name = "history store '" + path + "'";
        if (!create && !File.Exists(path))
        {
            throw new HistoryStoreException(name, HistoryStoreFailure.Unreadable, $"{name} does not exist: record a run into it first (monitors run --history {path})");
        }

        if (Directory.Exists(path))
        {
            throw new HistoryStoreException(name, HistoryStoreFailure.Unreadable, $"{name} is a folder: name the SQLite file that keeps the history, such as monitors-history.db");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,

            // Microsoft.Data.Sqlite retries a busy statement until the command timeout, in whole seconds (0 is forever).
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        var store = new SqliteHistoryStore(connection, path);
        try
        {
            try
            {
                connection.Open();
                using (var pragma = connection.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA busy_timeout = " + ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
                    pragma.ExecuteNonQuery();
                }
            }
            catch (SqliteException error)
            {
                throw store.Translate(error, "open the history");
            }

            store.CheckIntact(create);
            store.Prepare(create);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Refuses, before anything is judged or written, a file whose pages are damaged (<c>PRAGMA quick_check</c>: a damaged
    /// page would otherwise surface only when the run records, after the whole run's work) and a SQLite database that
    /// belongs to something else when opening it to record (<paramref name="writable"/>): one with tables but none of the
    /// history's, which recording would add its tables to. Reading such a file says it holds no history, as for any store.
    /// </summary>
    private void CheckIntact(bool writable)
    {
        try
        {
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check(1)";
            var verdict = Convert.ToString(check.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
            if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
            {
                throw new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"{Name} is damaged (SQLite's quick_check: {Definitions.VisibleText.Escape(verdict)}); it is left as it is: restore it from a backup, or name a new file");
            }

            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
            var names = new List<string>();
            using (var reader = tables.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            if (writable && names.Count > 0 && !names.Contains(HistorySchema.VersionTable, StringComparer.Ordinal) && !names.Contains(HistorySchema.EntryTable, StringComparer.Ordinal))
            {
                var shown = string.Join(", ", names.Take(3).Select(Definitions.VisibleText.Escape)) + (names.Count > 3 ? ", …" : string.Empty);
                throw new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"{Name} is a SQLite database of something else (tables {shown}) with no history in it; it is left as it is: name a new file for the history");
            }
        }
        catch (SqliteException error)
        {
            throw Translate(error, "open the history");
        }
    }

    /// <inheritdoc/>
    private protected override DbTransaction BeginWrite() => connection.BeginTransaction(deferred: false);

    /// <inheritdoc/>
    private protected override DbTransaction BeginRead() => connection.BeginTransaction(deferred: true);

    /// <inheritdoc/>
    private protected override bool TableExists(DbTransaction transaction, string table) =>
        Convert.ToInt64(Scalar(transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", "@name", table), CultureInfo.InvariantCulture) > 0;

    /// <inheritdoc/>
    private protected override HistoryStoreException Translate(DbException error, string doing)
    {
        var code = error is SqliteException sqlite ? sqlite.SqliteErrorCode : 0;
        return code switch
        {
            // SQLITE_BUSY, SQLITE_LOCKED
            5 or 6 => new HistoryStoreException(Name, HistoryStoreFailure.Locked, $"cannot {doing}: {Name} is locked by another process (waited for the busy timeout); try again when it has finished", error),

            // SQLITE_CORRUPT, SQLITE_NOTADB
            11 or 26 => new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"cannot {doing}: {Name} is not a SQLite database or is damaged ({error.Message}); it is left as it is", error),

            // SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL
            14 or 8 or 10 or 13 => new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"cannot {doing}: {Name} cannot be opened or written ({error.Message})", error),
            _ => new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"cannot {doing} in {Name}: {error.Message}", error),
        };
    }
}
