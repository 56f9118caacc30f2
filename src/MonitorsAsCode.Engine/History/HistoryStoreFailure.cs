namespace MonitorsAsCode.Engine.History;

/// <summary>Why a history store could not be used; each has its own exit code on the command line.</summary>
public enum HistoryStoreFailure
{
    /// <summary>The store cannot be read or written: a damaged file, not a SQLite database, not a history, a file that cannot be opened.</summary>
    Unreadable,

    /// <summary>Another process held the SQLite file locked for longer than the busy timeout.</summary>
    Locked,

    /// <summary>The history was written by a newer schema than this version knows; it is left as it is.</summary>
    NewerSchema,

    /// <summary>The PostgreSQL server could not be reached or refused the connection.</summary>
    Unreachable,

    /// <summary>The environment variable that should hold the PostgreSQL connection string is not set.</summary>
    NotConfigured,
}
