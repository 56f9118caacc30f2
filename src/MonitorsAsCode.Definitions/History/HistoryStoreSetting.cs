namespace MonitorsAsCode.Definitions.History;

/// <summary>
/// Where the history of runs is kept, as the definitions name it: <c>history:</c> at the top of a YAML file, or
/// <c>MonitorBuilder.HistoryStore</c> / <c>HistoryPostgres</c> in C#. The validator checks it (MAC0027) before anything
/// opens it; the SQLite file must also lie inside the definitions folder (MAC0024).
/// </summary>
/// <param name="Kind">SQLite file or PostgreSQL database.</param>
/// <param name="Target">
/// For SQLite, the file's path, resolved against the folder of the file that names it; for PostgreSQL, the connection
/// as written, which must be <c>env:NAME</c>: the name of the environment variable holding the connection string.
/// </param>
public sealed record HistoryStoreSetting(HistoryStoreKind Kind, string Target)
{
    /// <summary>The YAML key at the top of a definitions file.</summary>
    public const string Key = "history";

    /// <summary>The prefix that makes a value name an environment variable.</summary>
    public const string VariablePrefix = "env:";

    /// <summary>Where the setting was written.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>
    /// The environment variable named by <paramref name="connection"/> (<c>env:MONITORS_HISTORY_PG</c> gives
    /// <c>MONITORS_HISTORY_PG</c>), or null when it is not of that form: letters, digits and underscores, not starting
    /// with a digit.
    /// </summary>
    public static string? VariableOf(string connection)
    {
        if (connection is null || !connection.StartsWith(VariablePrefix, System.StringComparison.Ordinal))
        {
            return null;
        }

        var name = connection.Substring(VariablePrefix.Length);
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return null;
        }

        foreach (var c in name)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return null;
            }
        }

        return name;
    }

    /// <summary>How the setting reads in messages: the file's path, or <c>postgres env:NAME</c>.</summary>
    public string Describe() => Kind == HistoryStoreKind.Sqlite ? Target : "postgres " + Target;
}
