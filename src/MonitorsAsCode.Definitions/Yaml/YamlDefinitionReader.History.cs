using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>Reads <c>history: { store: FILE }</c> or <c>history: { postgres: { connection: env:VAR } }</c>.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] HistoryStoreKeys = ["store", "postgres"];
    private static readonly string[] PostgresKeys = ["connection"];

    private void ReadHistoryStore(YamlFields fields)
    {
        var node = fields.Node(HistoryStoreSetting.Key);
        if (node is null)
        {
            return;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'history' must be a mapping such as {{ store: monitors-history.db }} or {{ postgres: {{ connection: env:MONITORS_HISTORY_PG }} }}, not {node.Describe()}", node.Location);
            return;
        }

        var history = new YamlFields(mapping, "history", HistoryStoreKeys, diagnostics);
        if (history.Has("store") && history.Has("postgres"))
        {
            Report(DefinitionRules.InvalidHistoryStore, "history names both a SQLite 'store' and a 'postgres' database: keep one, so every run records into the same history", node.Location);
            return;
        }

        if (history.Text("store") is { } store)
        {
            // A blank name or a folder is kept as written, for the validator to name; a file name resolves like a snapshot's.
            var target = store.Trim().Length == 0 || store.EndsWith("/", System.StringComparison.Ordinal) ? store : Resolve(store);
            HistoryStores.Add(new HistoryStoreSetting(HistoryStoreKind.Sqlite, target) { Source = new SourceMap(history.LocationOf("store")) });
            return;
        }

        var postgres = history.Node("postgres");
        if (postgres is null)
        {
            if (!history.Has("store"))
            {
                Report(DefinitionRules.MissingRequiredField, "history must name a SQLite 'store' (store: monitors-history.db) or a 'postgres' database (postgres: { connection: env:MONITORS_HISTORY_PG })", node.Location);
            }

            return;
        }

        if (postgres is not YamlMapping postgresMapping)
        {
            Report(DefinitionRules.WrongValueType, $"'history.postgres' must be a mapping such as {{ connection: env:MONITORS_HISTORY_PG }}, not {postgres.Describe()}", postgres.Location);
            return;
        }

        var connection = new YamlFields(postgresMapping, "history.postgres", PostgresKeys, diagnostics);
        connection.RequireAll("connection");
        if (connection.Text("connection") is { } written)
        {
            HistoryStores.Add(new HistoryStoreSetting(HistoryStoreKind.Postgres, written) { Source = new SourceMap(connection.LocationOf("connection")) });
        }
    }
}
