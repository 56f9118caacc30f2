namespace MonitorsAsCode.Definitions.History;

/// <summary>Which kind of database keeps a project's history of runs.</summary>
public enum HistoryStoreKind
{
    /// <summary>A SQLite file, the embedded default (<c>history: { store: monitors-history.db }</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by a team (<c>history: { postgres: { connection: env:VAR } }</c>).</summary>
    Postgres,
}
