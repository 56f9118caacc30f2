using MonitorsAsCode.Definitions.History;

namespace MonitorsAsCode.Engine.History;

/// <summary>Opens the history store a <see cref="HistoryStoreSetting"/> names: a SQLite file, or PostgreSQL through an environment variable.</summary>
public static class HistoryStores
{
    /// <summary>
    /// Opens <paramref name="setting"/>'s store; <paramref name="variables"/> reads the environment (the PostgreSQL
    /// connection string). With <paramref name="create"/> (recording) the store is created or migrated; without it
    /// (export, trends) it must already hold a history.
    /// </summary>
    /// <exception cref="HistoryStoreException">The variable is unset, or the store cannot be opened.</exception>
    public static SqlHistoryStore Open(HistoryStoreSetting setting, Func<string, string?> variables, bool create, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(variables);
        if (setting.Kind == HistoryStoreKind.Sqlite)
        {
            return SqliteHistoryStore.Open(setting.Target, create, busyTimeout);
        }

        var source = setting.Target;
        var name = HistoryStoreSetting.VariableOf(source)
            ?? throw new HistoryStoreException("PostgreSQL history", HistoryStoreFailure.NotConfigured, "a PostgreSQL history is named by the environment variable holding its connection string, as env:NAME (such as env:MONITORS_HISTORY_PG)");
        var connection = variables(name);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new HistoryStoreException($"PostgreSQL history ({source})", HistoryStoreFailure.NotConfigured, $"the environment variable {name} is not set: it must hold the connection string of the PostgreSQL history ({source}), such as Host=db.example.com;Database=monitors;Username=monitors");
        }

        return PostgresHistoryStore.Open(connection, source, create);
    }
}
