using System.Collections.Generic;
using MonitorsAsCode.Definitions.History;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Where the history of runs is kept: <c>history:</c> (MAC0027).</summary>
public static partial class DefinitionValidator
{
    private static void ValidateHistoryStores(List<DefinitionDiagnostic> diagnostics, DefinitionSet set)
    {
        HistoryStoreSetting? first = null;
        foreach (var setting in set.HistoryStores)
        {
            if (HistoryStoreProblem(setting) is { } problem)
            {
                Add(diagnostics, DefinitionRules.InvalidHistoryStore, problem, setting.Source.Location);
                continue;
            }

            if (first is null)
            {
                first = setting;
            }
            else if (first.Kind != setting.Kind || !string.Equals(first.Target, setting.Target, System.StringComparison.Ordinal))
            {
                var where = first.Source.Location is { } location ? " at " + location : string.Empty;
                Add(diagnostics, DefinitionRules.InvalidHistoryStore, $"history is set to '{EchoedValue.Shorten(setting.Describe())}' here and to '{EchoedValue.Shorten(first.Describe())}'{where}; name one store, so every run records into the same history", setting.Source.Location);
            }
        }
    }

    private static string? HistoryStoreProblem(HistoryStoreSetting setting)
    {
        if (setting.Kind == HistoryStoreKind.Postgres)
        {
            // The value is never echoed unless it is an env: reference: it may be a connection string holding a password.
            if (HistoryStoreSetting.VariableOf(setting.Target) is not null)
            {
                return null;
            }

            return setting.Target.StartsWith(HistoryStoreSetting.VariablePrefix, System.StringComparison.Ordinal)
                ? $"history.postgres.connection '{EchoedValue.Shorten(setting.Target)}' does not name an environment variable: write env: then letters, digits and underscores, such as env:MONITORS_HISTORY_PG"
                : "history.postgres.connection must name the environment variable that holds the connection string, such as env:MONITORS_HISTORY_PG; a connection string written in the definitions would put the database's password in git";
        }

        var path = setting.Target;
        if (path.Trim().Length == 0)
        {
            return "history.store must name the SQLite file that keeps the history, such as monitors-history.db";
        }

        if (System.IO.Path.GetFileName(path).StartsWith(HistoryStoreSetting.VariablePrefix, System.StringComparison.Ordinal))
        {
            // On the command line, --history env:NAME means PostgreSQL; here it would create a file of that name.
            return $"history.store '{EchoedValue.Shorten(System.IO.Path.GetFileName(path))}' names an environment variable, not a file: a database whose connection string is in a variable is PostgreSQL, history: {{ postgres: {{ connection: {EchoedValue.Shorten(System.IO.Path.GetFileName(path))} }} }}";
        }

        return path.EndsWith("/", System.StringComparison.Ordinal) || path.EndsWith("\\", System.StringComparison.Ordinal) || path.IndexOf('\0') >= 0
            ? $"history.store '{EchoedValue.Shorten(path)}' is not a file name: name the SQLite file that keeps the history, such as monitors-history.db"
            : null;
    }
}
