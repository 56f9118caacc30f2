using System.Data;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// A history kept in a SQL database with the tables of <see cref="HistorySchema"/>: what SQLite and PostgreSQL share.
/// Opening brings an older schema up to date in one transaction and refuses a newer one without touching it; recording
/// is one transaction of upserts on (monitor, window start, window end), so the same window recorded again replaces its
/// row. Every value is a parameter, never text spliced into SQL.
/// </summary>
public abstract class SqlHistoryStore : IHistoryStore
{
    private static readonly string SelectColumns = string.Join(", ", HistorySchema.Columns);
    private readonly DbConnection connection;
    private bool disposed;

    /// <summary>A store over <paramref name="connection"/>, open, named <paramref name="name"/> in messages.</summary>
    private protected SqlHistoryStore(DbConnection connection, string name)
    {
        this.connection = connection;
        Name = name;
    }

    /// <summary>The store as messages name it: the SQLite file, or the PostgreSQL database and the variable that named it.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public void Record(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ObjectDisposedException.ThrowIf(disposed, this);
        Guard("record the run", () =>
        {
            using var transaction = BeginWrite();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var updates = string.Join(", ", HistorySchema.Columns.Skip(3).Select(c => c + " = excluded." + c));
            command.CommandText =
                $"INSERT INTO {HistorySchema.EntryTable} ({SelectColumns}) VALUES ({string.Join(", ", HistorySchema.Columns.Select(c => "@" + c))}) " +
                $"ON CONFLICT (monitor_id, window_start, window_end) DO UPDATE SET {updates}";
            var parameters = new DbParameter[HistorySchema.Columns.Count];
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i] = command.CreateParameter();
                parameters[i].ParameterName = "@" + HistorySchema.Columns[i];
                parameters[i].DbType = ColumnType(HistorySchema.Columns[i]);
                command.Parameters.Add(parameters[i]);
            }

            command.Prepare();
            foreach (var entry in entries)
            {
                var values = Values(entry);
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }

            transaction.Commit();
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<HistoryEntry> Read(string monitorId, DateTimeOffset before, DateTimeOffset? since = null)
    {
        ArgumentNullException.ThrowIfNull(monitorId);
        ObjectDisposedException.ThrowIf(disposed, this);
        return Guard("read the history", () =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {SelectColumns} FROM {HistorySchema.EntryTable} WHERE monitor_id = @monitor AND window_end <= @before"
                + (since is null ? string.Empty : " AND window_start >= @since")
                + " ORDER BY window_start, window_end";
            Add(command, "@monitor", DbType.String, monitorId);
            Add(command, "@before", DbType.Int64, HistorySchema.ToMicroseconds(before));
            if (since is { } start)
            {
                Add(command, "@since", DbType.Int64, HistorySchema.ToMicroseconds(start));
            }

            return ReadEntries(command);
        });
    }

    /// <summary>Every entry of the store, ordered by monitor id (ordinal), then window start and end: what exports write.</summary>
    public IReadOnlyList<HistoryEntry> All()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var all = Guard("read the history", () =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {SelectColumns} FROM {HistorySchema.EntryTable}";
            return ReadEntries(command);
        });

        // Sorted here, not by the database: PostgreSQL would order text by its collation, SQLite by bytes.
        return [.. all.OrderBy(e => e.MonitorId, StringComparer.Ordinal).ThenBy(e => e.Window.Key.Start).ThenBy(e => e.Window.Key.End)];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            connection.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Brings the store to <see cref="HistorySchema.Version"/> when <paramref name="writable"/> (creating its tables in an
    /// empty database), or checks that it is there; refuses a store written by a newer schema, changing nothing.
    /// </summary>
    private protected void Prepare(bool writable) => Guard("open the history", () =>
    {
        using var transaction = writable ? BeginWrite() : BeginRead();
        var version = 0L;
        if (TableExists(transaction, HistorySchema.VersionTable))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT MAX(version) FROM {HistorySchema.VersionTable}";
            version = command.ExecuteScalar() is { } found and not DBNull ? Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        else if (TableExists(transaction, HistorySchema.EntryTable))
        {
            throw new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"{Name} has a {HistorySchema.EntryTable} table but no {HistorySchema.VersionTable} table: it is not a history written by monitors, and is left as it is");
        }

        if (version > HistorySchema.Version)
        {
            throw new HistoryStoreException(Name, HistoryStoreFailure.NewerSchema, $"{Name} was written by history schema version {version}, newer than the version {HistorySchema.Version} this monitors knows: upgrade monitors to use it (the history is left as it is)");
        }

        if (version == HistorySchema.Version)
        {
            return;
        }

        if (!writable)
        {
            throw new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, version == 0
                ? $"{Name} holds no history yet: record one with monitors run --history"
                : $"{Name} is at history schema version {version}: record a run into it (monitors run --history) to bring it to version {HistorySchema.Version}");
        }

        for (var step = (int)version; step < HistorySchema.Version; step++)
        {
            foreach (var statement in HistorySchema.Migrations[step])
            {
                Execute(transaction, statement);
            }
        }

        Execute(transaction, $"DELETE FROM {HistorySchema.VersionTable}");
        Execute(transaction, $"INSERT INTO {HistorySchema.VersionTable} (version) VALUES ({HistorySchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        transaction.Commit();
    });

    /// <summary>Starts the transaction a write runs in, taking the store's write lock at once.</summary>
    private protected abstract DbTransaction BeginWrite();

    /// <summary>Starts a transaction that only reads, taking no write lock.</summary>
    private protected abstract DbTransaction BeginRead();

    /// <summary>Whether <paramref name="table"/> exists in the store's schema.</summary>
    private protected abstract bool TableExists(DbTransaction transaction, string table);

    /// <summary>The <see cref="HistoryStoreException"/> that says why <paramref name="error"/> stopped <paramref name="doing"/>.</summary>
    private protected abstract HistoryStoreException Translate(DbException error, string doing);

    /// <summary>Runs <paramref name="statement"/> in <paramref name="transaction"/>.</summary>
    private protected void Execute(DbTransaction transaction, string statement)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="query"/> and returns its first value.</summary>
    private protected object? Scalar(DbTransaction transaction, string query, string parameter, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = query;
        Add(command, parameter, DbType.String, value);
        return command.ExecuteScalar();
    }

    private static void Add(DbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DbType ColumnType(string column) => column switch
    {
        "window_start" or "window_end" or "window_from" or "window_to" or "as_of" or "row_count" => DbType.Int64,
        "value" or "warn_below" or "warn_above" or "fail_below" or "fail_above" => DbType.Double,
        _ => DbType.String,
    };

    private static object?[] Values(HistoryEntry entry)
    {
        var window = entry.Window;
        var key = window.Key;
        return
        [
            entry.MonitorId, HistorySchema.ToMicroseconds(key.Start), HistorySchema.ToMicroseconds(key.End),
            Microseconds(window.From), Microseconds(window.To), HistorySchema.ToMicroseconds(window.AsOf),
            entry.DatasetId, entry.Check, CheckStatusWords.Of(entry.Status), Finite(entry.Value),
            Finite(entry.Warn?.Below), Finite(entry.Warn?.Above), Finite(entry.Fail?.Below), Finite(entry.Fail?.Above),
            entry.EvidenceSummary, entry.Revision, entry.Rows, SnapshotsJson(entry.Snapshots), VersionsJson(entry.ModelVersions),
        ];
    }

    private static long? Microseconds(DateTimeOffset? instant) => instant is { } value ? HistorySchema.ToMicroseconds(value) : null;

    // SQLite reads NaN back as NULL; both stores keep "not a number" as no value, so they agree.
    private static double? Finite(double? value) => value is { } number && double.IsNaN(number) ? null : value;

    private static List<HistoryEntry> ReadEntries(DbCommand command)
    {
        var entries = new List<HistoryEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            long? Long(int i) => reader.IsDBNull(i) ? null : reader.GetInt64(i);
            double? Double(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateTimeOffset? Instant(int i) => Long(i) is { } us ? HistorySchema.FromMicroseconds(us) : null;

            var window = new JudgedWindow(Instant(3), Instant(4), HistorySchema.FromMicroseconds(reader.GetInt64(5)));
            var status = Enum.TryParse<CheckStatus>(reader.GetString(8), ignoreCase: true, out var parsed) ? parsed : CheckStatus.Error;
            entries.Add(new HistoryEntry(reader.GetString(0), reader.GetString(6), reader.GetString(7), window, status, Double(9))
            {
                Warn = Limit(Double(10), Double(11)),
                Fail = Limit(Double(12), Double(13)),
                EvidenceSummary = reader.GetString(14),
                Revision = Text(15),
                Rows = Long(16),
                Snapshots = ParseSnapshots(reader.GetString(17)),
                ModelVersions = ParseVersions(reader.GetString(18)),
            });
        }

        return entries;
    }

    private static Threshold? Limit(double? below, double? above) => below is null && above is null ? null : new Threshold(below, above);

    /// <summary>The snapshots as stored: a JSON array of <c>{"side","path","hash"}</c> objects, in the order read.</summary>
    internal static string SnapshotsJson(IReadOnlyList<SnapshotFingerprint> snapshots) => Json(writer =>
    {
        foreach (var snapshot in snapshots)
        {
            writer.WriteStartObject();
            writer.WriteString("side", snapshot.Side);
            writer.WriteString("path", snapshot.Path);
            writer.WriteString("hash", snapshot.Hash);
            writer.WriteEndObject();
        }
    });

    /// <summary>The model versions as stored: a JSON array of strings.</summary>
    internal static string VersionsJson(IReadOnlyList<string> versions) => Json(writer =>
    {
        foreach (var version in versions)
        {
            writer.WriteStringValue(version);
        }
    });

    private static string Json(Action<Utf8JsonWriter> items)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            items(writer);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static SnapshotFingerprint[] ParseSnapshots(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new SnapshotFingerprint(
            e.GetProperty("side").GetString() ?? string.Empty,
            e.GetProperty("path").GetString() ?? string.Empty,
            e.GetProperty("hash").GetString() ?? string.Empty))];
    }

    private static string[] ParseVersions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
    }

    private void Guard(string doing, Action action) => Guard<object?>(doing, () =>
    {
        action();
        return null;
    });

    private T Guard<T>(string doing, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException error)
        {
            throw Translate(error, doing);
        }
        catch (Exception error) when (error is JsonException or InvalidCastException or FormatException)
        {
            throw new HistoryStoreException(Name, HistoryStoreFailure.Unreadable, $"cannot {doing} in {Name}: a row does not hold what the history schema says ({error.Message})", error);
        }
    }
}
