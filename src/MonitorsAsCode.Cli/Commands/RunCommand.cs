using System.CommandLine;
using System.Globalization;
using MonitorsAsCode.Cli.Output;
using MonitorsAsCode.Rendering.Results;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Files;
using MonitorsAsCode.Definitions.Validation;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using Spectre.Console;

namespace MonitorsAsCode.Cli.Commands;

/// <summary><c>monitors run DIR</c>: evaluate the monitors against their snapshots and judge the gates.</summary>
internal static class RunCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory holding the *.yaml / *.yml definitions (searched recursively)." };
        var gate = new Option<string?>("--gate") { Description = "Run only this gate's monitors; the exit code is the gate's verdict." };
        var asOf = new Option<string?>("--as-of") { Description = "Instant freshness is measured at: ISO 8601 (2026-11-16T00:00:00Z) or 'now'. Default: each dataset's snapshots.captured_at, else now." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "junit", "markdown", "prometheus");
        var failOn = new Option<string>("--fail-on") { Description = "Least severe verdict that exits 1: 'fail' (default) or 'warn' (warnings fail the run too).", DefaultValueFactory = _ => "fail" };
        failOn.AcceptOnlyFromAmong("fail", "warn");
        var output = new Option<string?>("--out") { Description = "Write the output to this file (atomically: a temporary file renamed into place) instead of standard output." };
        var memoryLimit = new Option<string?>("--memory-limit") { Description = "Most memory the run's plan may hold beyond the scan's buffers (512MB, 2GB): keys for uniqueness, one numeric column at a time for drift, counted values. A monitor that needs more is an error result that says so. Default: no limit." };
        var history = HistoryOption.Create("Record every monitor's result into this history store once the run has finished (nothing when the run fails).");
        var window = new Option<string?>("--window") { Description = "Judge window by window (a backfill): the length of each window, such as 1h, 1d or 7d, over the rows whose event_time lies in it. Needs --from and --to." };
        var from = new Option<string?>("--from") { Description = "With --window: the first window's start (inclusive), a date (2026-08-01, midnight UTC) or an ISO 8601 time." };
        var to = new Option<string?>("--to") { Description = "With --window: the end of the last window (exclusive); a whole number of windows after --from." };
        var command = new Command("run", """
            Run the monitors against their snapshots and judge the gates.
            Exit code 0 when every monitor passed (warnings allowed unless --fail-on warn), 1 when a monitor
            or blocking gate failed, 2 when the definitions or options are invalid (or a backfill's windows judged
            nothing at all, as when they hold no rows), 3 when a snapshot cannot be read.
            With a history store (--history or the definitions' history:), nothing is recorded when the run fails, and
            4 when the store is damaged or not a history, 5 when its file stays locked by another process, 6 when it
            was written by a newer schema (left as it is), 7 when PostgreSQL cannot be reached, 8 when the variable
            holding its connection string is not set.
            With --gate, the exit code is that gate's verdict; an advisory gate reports its verdict and exits 0.

            Examples:
              monitors run monitors/fraud-scoring
              monitors run monitors/fraud-scoring --gate deploy --format junit --out monitors.xml
              monitors run monitors/fraud-scoring --fail-on warn
              monitors run monitors/fraud-scoring --memory-limit 1GB
              monitors run monitors/fraud-scoring --history monitors-history.db
              monitors run monitors/fraud-scoring --history env:MONITORS_HISTORY_PG
              monitors run monitors/fraud-scoring --format json --as-of 2026-11-16T00:00:00Z
              monitors run monitors/fraud-scoring --format prometheus --out /var/lib/node_exporter/monitors.prom
              monitors run monitors/fraud-scoring --window 1d --from 2026-11-08 --to 2026-11-14   (a backfill: each day on its own)
              monitors run monitors/fraud-scoring-csharp --data-root monitors/fraud-scoring --build   (builds the C# project: trusted checkouts only)
              monitors run monitors/fraud-scoring-csharp --data-root monitors/fraud-scoring --assembly monitors/fraud-scoring-csharp/bin/Debug/net10.0/FraudScoring.Monitors.dll
            """)
        {
            directory, gate, asOf, format, failOn, output, memoryLimit, history, window, from, to,
        };
        var sources = DefinitionSources.AddTo(command, mayBuild: true);
        command.SetAction(parse => Execute(
            environment,
            sources.Load(parse, parse.GetRequiredValue(directory), environment),
            new DataRoots(parse.GetRequiredValue(directory), sources.DataRoots(parse)),
            parse.GetValue(gate),
            parse.GetValue(asOf),
            Enum.Parse<ResultFormat>(parse.GetRequiredValue(format), ignoreCase: true),
            parse.GetValue(output),
            string.Equals(parse.GetValue(failOn), "warn", StringComparison.Ordinal) ? FailOn.Warn : FailOn.Fail,
            parse.GetValue(memoryLimit),
            (parse.GetRequiredValue(directory), parse.GetValue(history)),
            BackfillRun.Parse(parse.GetValue(window), parse.GetValue(from), parse.GetValue(to), parse.GetValue(asOf))));
        return command;
    }

    private static int Execute(CliEnvironment environment, Definitions.LoadedDefinitions loaded, DataRoots roots, string? gate, string? asOfText, ResultFormat format, string? output, FailOn failOn = FailOn.Fail, string? memoryLimitText = null, (string Directory, string? Option) historyStore = default, BackfillRun? backfill = null)
    {
        long? memoryLimit = null;
        if (memoryLimitText is not null)
        {
            memoryLimit = Engine.Scanning.MemoryBudget.ParseSize(memoryLimitText)
                ?? throw new UserError($"--memory-limit '{memoryLimitText}' is not a size: write it as 512MB, 2GB or a number of bytes", ExitCodes.InvalidDefinitions);
        }

        DefinitionSources.WriteDiagnostics(environment, loaded);
        if (loaded.HasErrors)
        {
            environment.Error.WriteLine($"invalid definitions: {loaded.Diagnostics.Count(d => d.IsError)} error(s); nothing was run");
            return ExitCodes.InvalidDefinitions;
        }

        if (gate is not null && loaded.Definitions.FindGate(gate) is null)
        {
            var suggestion = NearestName.Suggest(gate, loaded.Definitions.Gates.Select(g => g.Id));
            var known = loaded.Definitions.Gates.Count == 0 ? "no gates are declared" : "declared gates: " + string.Join(", ", loaded.Definitions.Gates.Select(g => g.Id));
            throw new UserError($"gate '{gate}' is not declared{suggestion}; {known}", ExitCodes.InvalidDefinitions);
        }

        using var history = historyStore.Directory is null ? null : RunHistory.Open(environment, loaded.Definitions, historyStore.Directory, historyStore.Option);
        var options = new RunOptions { Gate = gate, AsOf = ParseAsOf(asOfText, environment.Clock), Clock = environment.Clock, MemoryLimit = memoryLimit };
        options = history is null ? options : RunHistory.Pin(options) with { History = history.Store };
        RunResult run;
        try
        {
            // The snapshot files are judged again as they are opened, against the roots validation judged them by.
            var open = SnapshotOpening.Within(roots);
            run = backfill is not null ? RunBackfill(environment, loaded.Definitions, options, backfill, format, output, failOn, history?.Store, new MonitorRunner(open), historyStore.Directory)
                : environment.ErrorIsTerminal ? RunWithProgress(environment, loaded.Definitions, options, open) : new MonitorRunner(open).Run(loaded.Definitions, options);
        }
        catch (SnapshotReadException exception)
        {
            throw new UserError(exception.Message, ExitCodes.DataUnreadable);
        }

        if (backfill is null)
        {
            // A backfill recorded each window as it was judged, so the next window's baselines could read it.
            history?.Record(loaded.Definitions, run, options);
        }

        var toTerminal = output is null && environment.OutIsTerminal;
        var rendered = format switch
        {
            ResultFormat.Json => JsonReport.Render(run),
            ResultFormat.Junit => JUnitReport.Render(run),
            ResultFormat.Markdown => MarkdownReport.Render(run),
            ResultFormat.Prometheus => PrometheusReport.Render(run),
            _ => RenderText(run, toTerminal),
        };

        if (output is not null)
        {
            OutputPaths.RefuseLinkedParent(output);
            try
            {
                AtomicFile.WriteAllText(output, rendered);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"cannot write '{output}': {exception.Message}", ExitCodes.InvalidDefinitions);
            }
        }
        else
        {
            environment.Out.Write(rendered);
            environment.Out.Flush();
        }

        foreach (var judged in run.Gates)
        {
            if (judged.Mode == Definitions.Gates.GateMode.Advisory && judged.Status is not CheckStatus.Pass && string.Equals(judged.Id, gate, StringComparison.Ordinal))
            {
                environment.Error.WriteLine($"gate '{Definitions.VisibleText.Escape(judged.Id)}' is advisory: its verdict ({StatusWords.Of(judged.Status)}) is reported but does not fail the run");
            }
        }

        if (backfill?.NothingJudged is { } nothing)
        {
            // A backfill over days without data would otherwise pass quietly, and a scheduled one would never say the feed stopped.
            environment.Error.WriteLine(nothing);
            return ExitCodes.InvalidDefinitions;
        }

        return run.Fails(failOn) || backfill?.AnyFailed == true ? ExitCodes.Failed : ExitCodes.Passed;
    }

    /// <summary>
    /// A backfill (<c>--window</c>): one line per window, on standard output ahead of a text report there, else on
    /// standard error so the output holds the chosen format alone; returns the last window's result.
    /// </summary>
    private static RunResult RunBackfill(CliEnvironment environment, Definitions.DefinitionSet definitions, RunOptions options, BackfillRun backfill, ResultFormat format, string? output, FailOn failOn, Engine.History.IHistoryStore? history, MonitorRunner runner, string? definitionsDirectory)
    {
        var lines = format == ResultFormat.Text && output is null ? environment.Out : environment.Error;
        var last = backfill.Run(definitions, options, failOn, lines, history, runner, definitionsDirectory);
        if (lines == environment.Out)
        {
            lines.WriteLine();
        }

        return last;
    }

    private static string RenderText(RunResult run, bool terminal)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        TextReport.Render(run, TextReport.CreateConsole(writer, terminal));
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static DateTimeOffset? ParseAsOf(string? text, TimeProvider clock)
    {
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "now", StringComparison.OrdinalIgnoreCase))
        {
            return clock.GetUtcNow();
        }

        if (Definitions.IsoInstant.TryParse(text, out var instant))
        {
            return instant;
        }

        throw new UserError($"--as-of '{text}' is not an ISO 8601 time such as 2026-11-16T00:00:00Z, nor 'now'", ExitCodes.InvalidDefinitions);
    }

    private static RunResult RunWithProgress(CliEnvironment environment, Definitions.DefinitionSet definitions, RunOptions options, Func<string, Data.Snapshots.ISnapshotReader> open)
    {
        var console = TextReport.CreateConsole(environment.Error, terminal: true);
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new ImmediateProgress(update =>
                {
                    var key = update.DatasetId + " " + update.Snapshot;
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(key, out var task))
                        {
                            task = context.AddTask(Markup.Escape($"reading {update.DatasetId} ({update.Snapshot})"), maxValue: 1);
                            tasks[key] = task;
                        }

                        task.Value = update.Fraction;
                    }
                });
                return new MonitorRunner(open).Run(definitions, options with { Progress = progress });
            });
    }

    private sealed class ImmediateProgress(Action<ScanProgress> report) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value) => report(value);
    }
}
