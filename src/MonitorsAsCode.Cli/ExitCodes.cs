namespace MonitorsAsCode.Cli;

/// <summary>The exit codes of the <c>monitors</c> command, which CI acts on.</summary>
public static class ExitCodes
{
    /// <summary>Every monitor passed (warnings allowed).</summary>
    public const int Passed = 0;

    /// <summary>A monitor or gate failed.</summary>
    public const int Failed = 1;

    /// <summary>The definitions are invalid or the command was used wrongly.</summary>
    public const int InvalidDefinitions = 2;

    /// <summary>A snapshot could not be read.</summary>
    public const int DataUnreadable = 3;

    /// <summary>The history store is damaged, not a history, or cannot be opened or written.</summary>
    public const int HistoryUnreadable = 4;

    /// <summary>The SQLite history file stayed locked by another process past the busy timeout.</summary>
    public const int HistoryLocked = 5;

    /// <summary>The history was written by a newer schema than this version of monitors knows.</summary>
    public const int HistoryNewerSchema = 6;

    /// <summary>The PostgreSQL history could not be reached or refused the connection.</summary>
    public const int HistoryUnreachable = 7;

    /// <summary>The environment variable that should hold the PostgreSQL history's connection string is not set.</summary>
    public const int HistoryNotConfigured = 8;
}
