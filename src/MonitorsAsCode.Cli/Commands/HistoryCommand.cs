using System.CommandLine;
using System.Globalization;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors history export</c> (the whole history as CSV or Parquet) and <c>monitors history show MONITOR</c> (its
/// last windows on the terminal), from the store <c>--history</c> names or the definitions in DIR name.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("history", """
            Read the history of runs that monitors run --history records: export it for notebooks and BI tools,
            or show a monitor's last windows. The store is the one --history names (a SQLite file, or env:VAR for
            PostgreSQL), else the one the definitions in DIR name (history:). Nothing is written to the store.
            Exit codes: 0 done, 2 wrong options, invalid definitions or a monitor with no entries, 4 store damaged, missing or not a history,
            5 locked, 6 written by a newer schema, 7 PostgreSQL unreachable, 8 connection variable not set.

            Examples:
              monitors history export monitors/fraud-scoring --format csv --out history.csv
              monitors history export --history monitors-history.db --format parquet --out history.parquet
              monitors history show amount-drift monitors/fraud-scoring --last 14
            """);
        command.Subcommands.Add(Export(environment));
        command.Subcommands.Add(Show(environment));
        return command;
    }

    private static Command Export(CliEnvironment environment)
    {
        var directory = Directory();
        var history = HistoryOption.Create("The history store to export.");
        var format = new Option<string>("--format") { Description = "csv (RFC 4180, LF line ends) or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var output = new Option<string>("--out") { Description = "The file to write (atomically: a temporary file renamed into place).", Required = true };
        var command = new Command("export", """
            Write every recorded entry, ordered by monitor id then window, as CSV or Parquet (columns in
            docs/history.md). The same history gives the same bytes, from SQLite or PostgreSQL alike.

            Examples:
              monitors history export monitors/fraud-scoring --format csv --out history.csv
              monitors history export --history env:MONITORS_HISTORY_PG --format parquet --out history.parquet
            """)
        {
            directory, history, format, output,
        };
        command.SetAction(parse =>
        {
            // An export needs no definitions beyond the history: they name, so a store given with --history is read without them.
            var option = parse.GetValue(history);
            using var store = OpenStore(environment, option is null ? parse.GetValue(directory) : null, option, out _);
            var entries = HistoryOption.Guard(store.All);
            var path = parse.GetRequiredValue(output);
            try
            {
                if (string.Equals(parse.GetValue(format), "parquet", StringComparison.Ordinal))
                {
                    AtomicFile.WriteAllBytes(path, HistoryParquet.ToBytes(entries));
                }
                else
                {
                    using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                    HistoryCsv.Write(entries, writer);
                    AtomicFile.WriteAllText(path, writer.ToString());
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"cannot write '{path}': {exception.Message}", ExitCodes.InvalidDefinitions);
            }

            environment.Error.WriteLine($"exported {entries.Count.ToString(CultureInfo.InvariantCulture)} entries from {Definitions.VisibleText.Escape(store.Name)} to {Definitions.VisibleText.Escape(path)}");
            return ExitCodes.Passed;
        });
        return command;
    }

    private static Command Show(CliEnvironment environment)
    {
        var monitor = new Argument<string>("MONITOR") { Description = "The monitor's id." };
        var directory = Directory();
        var history = HistoryOption.Create("The history store to read.");
        var last = new Option<int>("--last") { Description = "How many of the latest windows to show.", DefaultValueFactory = _ => 14 };
        last.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--last must be at least 1");
            }
        });
        var command = new Command("show", """
            Show a monitor's latest windows, oldest first: a sparkline of the value, then each window's status,
            value, warn and fail thresholds, and a bar of the value against them (w: warn limit, F: fail limit).

            Examples:
              monitors history show amount-drift monitors/fraud-scoring
              monitors history show amount-drift --history monitors-history.db --last 30
            """)
        {
            monitor, directory, history, last,
        };
        command.SetAction(parse =>
        {
            using var store = OpenStore(environment, parse.GetValue(directory), parse.GetValue(history), out var definitions);
            var id = parse.GetRequiredValue(monitor);
            var all = HistoryOption.Guard(() => store.Read(id, DateTimeOffset.MaxValue));
            if (all.Count == 0)
            {
                // Only on this path: reading every entry to name the monitors the store does hold.
                var recorded = HistoryOption.Guard(store.All).Select(e => e.MonitorId).Distinct(StringComparer.Ordinal).ToList();
                throw new UserError(
                    $"{Definitions.VisibleText.Escape(store.Name)} has no entries for monitor '{Definitions.VisibleText.Escape(id)}'"
                    + (recorded.Count == 0 ? ": it holds none yet" : $"{Definitions.VisibleText.Escape(Definitions.Validation.NearestName.Suggest(id, recorded))} ({recorded.Count.ToString(CultureInfo.InvariantCulture)} monitors recorded)")
                    + "; a monitor's windows are recorded by monitors run --history",
                    ExitCodes.InvalidDefinitions);
            }

            var count = parse.GetValue(last);
            var shown = all.Count > count ? all.Skip(all.Count - count).ToList() : all;
            var events = definitions is null ? Engine.Events.KnownEvents.None : Engine.Events.KnownEvents.Of(definitions);
            environment.Out.Write(HistoryTrend.Render(id, shown, all.Count, events, definitions?.FindMonitor(id)));
            environment.Out.Flush();
            return ExitCodes.Passed;
        });
        return command;
    }

    private static Argument<string?> Directory() => new("DIR")
    {
        Description = "Directory holding the definitions whose history: names the store (not needed with --history).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>
    /// The store <paramref name="option"/> names, else the one the definitions in <paramref name="directory"/> name; the
    /// definitions are loaded whenever a directory is given (<paramref name="definitions"/>), so <c>show</c> can mark events.
    /// </summary>
    private static SqlHistoryStore OpenStore(CliEnvironment environment, string? directory, string? option, out Definitions.DefinitionSet? definitions)
    {
        definitions = null;
        if (option is null && directory is null)
        {
            throw new UserError("name the history: give --history PATH|env:VAR, or the definitions directory whose history: names it", ExitCodes.InvalidDefinitions);
        }

        if (directory is not null)
        {
            var loaded = DefinitionsLoader.LoadWithoutBuilding(directory, [], out _);
            DefinitionSources.WriteDiagnostics(environment, loaded);
            if (loaded.HasErrors)
            {
                throw new UserError($"invalid definitions: {loaded.Diagnostics.Count(d => d.IsError)} error(s); the history was not read", ExitCodes.InvalidDefinitions);
            }

            definitions = loaded.Definitions;
        }

        var setting = HistoryOption.Setting(option, definitions)
            ?? throw new UserError($"the definitions in '{directory}' name no history (history: {{ store: monitors-history.db }}); give --history PATH|env:VAR", ExitCodes.InvalidDefinitions);
        return HistoryOption.Open(environment, setting, create: false);
    }
}
