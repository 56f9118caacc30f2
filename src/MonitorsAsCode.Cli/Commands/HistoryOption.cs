using System.CommandLine;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.History;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>--history PATH|env:VAR</c>, shared by <c>run</c> and <c>history</c>: which store to use (the option wins over the
/// definitions' <c>history:</c>), and how its failures end the command (each its own exit code).
/// </summary>
internal static class HistoryOption
{
    public static Option<string?> Create(string purpose) => new("--history")
    {
        Description = purpose + " A SQLite file (created when missing), or env:VAR for a PostgreSQL database whose connection string is in the environment variable VAR. Default: the definitions' history: setting.",
    };

    /// <summary>The store <paramref name="option"/> names, else the first one the definitions name; null when neither does.</summary>
    public static HistoryStoreSetting? Setting(string? option, DefinitionSet? definitions)
    {
        if (option is not null)
        {
            return option.StartsWith(HistoryStoreSetting.VariablePrefix, StringComparison.Ordinal)
                ? new HistoryStoreSetting(HistoryStoreKind.Postgres, option)
                : new HistoryStoreSetting(HistoryStoreKind.Sqlite, option);
        }

        return definitions is { HistoryStores.Count: > 0 } ? definitions.HistoryStores[0] : null;
    }

    /// <summary>Opens the store, turning its refusal into a one-line error with the store's exit code.</summary>
    public static SqlHistoryStore Open(CliEnvironment environment, HistoryStoreSetting setting, bool create) =>
        Guard(() => HistoryStores.Open(setting, environment.Variables, create));

    /// <summary>Runs <paramref name="action"/> on a store, turning its refusal into a one-line error with the store's exit code.</summary>
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (HistoryStoreException error)
        {
            throw new UserError(error.Message, ExitCode(error.Failure));
        }
    }

    /// <summary>The exit code of a history store failure.</summary>
    public static int ExitCode(HistoryStoreFailure failure) => failure switch
    {
        HistoryStoreFailure.Locked => ExitCodes.HistoryLocked,
        HistoryStoreFailure.NewerSchema => ExitCodes.HistoryNewerSchema,
        HistoryStoreFailure.Unreachable => ExitCodes.HistoryUnreachable,
        HistoryStoreFailure.NotConfigured => ExitCodes.HistoryNotConfigured,
        _ => ExitCodes.HistoryUnreadable,
    };
}
