using System.Globalization;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Windows;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// <c>monitors run DIR --window 1d --from 2026-08-01 --to 2026-11-15</c>: the run judged window by window (a
/// backfill). One line per window with its counts; the usual output format for the last window; the run fails when
/// any window fails.
/// </summary>
internal sealed class BackfillRun
{
    private readonly IReadOnlyList<JudgedWindow> windows;
    private bool anyFailed;
    private bool anyJudged;

    private BackfillRun(IReadOnlyList<JudgedWindow> windows)
    {
        this.windows = windows;
    }

    /// <summary>The backfill the options ask for, or null when none of <c>--window</c>, <c>--from</c>, <c>--to</c> is given.</summary>
    /// <exception cref="UserError">Only some of them are given, or one does not parse, or they do not make whole windows.</exception>
    public static BackfillRun? Parse(string? windowText, string? fromText, string? toText, string? asOfText)
    {
        if (windowText is null && fromText is null && toText is null)
        {
            return null;
        }

        if (windowText is null || fromText is null || toText is null)
        {
            throw new UserError("--window, --from and --to go together: a backfill judges the windows of --window from --from (inclusive) to --to (exclusive), e.g. --window 1d --from 2026-08-01 --to 2026-11-15", ExitCodes.InvalidDefinitions);
        }

        if (asOfText is not null)
        {
            throw new UserError("--as-of does not apply with --window: each window is judged as of its end", ExitCodes.InvalidDefinitions);
        }

        if (!DurationText.TryParse(windowText, out var length))
        {
            throw new UserError(DurationText.Problem("--window", windowText, "'" + Definitions.VisibleText.Escape(windowText) + "'", "1h, 1d or 7d"), ExitCodes.InvalidDefinitions);
        }

        var from = Instant("--from", fromText);
        var to = Instant("--to", toText);
        try
        {
            return new BackfillRun(WindowedRun.Windows(from, to, length));
        }
        catch (ArgumentException exception)
        {
            throw new UserError(exception.Message.Split(" (Parameter", 2)[0], ExitCodes.InvalidDefinitions);
        }
    }

    /// <summary>Whether any window's run failed, at the strictness given to <see cref="Run"/>.</summary>
    public bool AnyFailed => anyFailed;

    /// <summary>
    /// Why nothing at all was judged (every monitor and SLO of every window skipped: usually windows that hold no rows,
    /// from dates that miss the data), or null when something was.
    /// </summary>
    public string? NothingJudged { get; private set; }

    /// <summary>
    /// Judges every window, writing one line per window to <paramref name="lines"/>, recording each in
    /// <paramref name="history"/> when given; returns the last window's result. A snapshot that cannot be read stops the
    /// backfill with that window named (the windows before it stay recorded).
    /// </summary>
    public RunResult Run(DefinitionSet definitions, RunOptions options, FailOn failOn, TextWriter lines, Engine.History.IHistoryStore? history = null, MonitorRunner? runner = null, string? definitionsDirectory = null)
    {
        RunResult? last = null;
        JudgedWindow? judging = null;
        try
        {
            foreach (var (window, result) in new WindowedRun(runner) { DefinitionsDirectory = definitionsDirectory }.Run(definitions, Pending(w => judging = w), options, history))
            {
                lines.WriteLine(Line(window, result));
                anyFailed |= result.Fails(failOn);
                anyJudged |= result.Results.Any(r => r.Status != CheckStatus.Skipped) || result.Slos.Any(s => s.Status != CheckStatus.Skipped);
                last = result;
            }
        }
        catch (SnapshotReadException exception) when (judging is not null)
        {
            throw new UserError($"window {Range(judging)}: {exception.Message}", ExitCodes.DataUnreadable);
        }

        lines.Flush();
        var final = last ?? throw new InvalidOperationException("A backfill has at least one window.");
        if (!anyJudged)
        {
            var why = final.Results.Select(r => r.Evidence.Summary).FirstOrDefault(s => s.Length > 0);
            NothingJudged = $"nothing was judged from {Format(windows[0].From ?? windows[0].AsOf)} to {Format(windows[^1].To ?? windows[^1].AsOf)}: every monitor of every window was skipped"
                + (why is null ? string.Empty : $" (the last window: {Definitions.VisibleText.Escape(why)})")
                + "; check --from and --to against the data's event_time";
        }

        return final;
    }

    /// <summary>The windows, telling <paramref name="starting"/> which one is being judged.</summary>
    private IReadOnlyList<JudgedWindow> Pending(Action<JudgedWindow> starting) => new Announced(windows, starting);

    private static string Line(JudgedWindow window, RunResult result)
    {
        int Count(CheckStatus status) => result.Results.Count(r => r.Status == status);
        return string.Create(CultureInfo.InvariantCulture, $"{Range(window)}  pass {Count(CheckStatus.Pass)}  warn {Count(CheckStatus.Warn)}  fail {Count(CheckStatus.Fail)}  error {Count(CheckStatus.Error)}  skipped {Count(CheckStatus.Skipped)}");
    }

    private static string Range(JudgedWindow window) => "[" + Format(window.From ?? window.AsOf) + ", " + Format(window.To ?? window.AsOf) + ")";

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string option, string text) =>
        IsoInstant.TryParse(text, out var instant)
            ? instant
            : throw new UserError($"{option} '{Definitions.VisibleText.Escape(text)}' is not a date or ISO 8601 time such as 2026-08-01 or 2026-08-01T06:00:00Z", ExitCodes.InvalidDefinitions);

    /// <summary>A list of windows that says which one is read, so an error can name it.</summary>
    private sealed class Announced(IReadOnlyList<JudgedWindow> windows, Action<JudgedWindow> starting) : IReadOnlyList<JudgedWindow>
    {
        public int Count => windows.Count;

        public JudgedWindow this[int index] => windows[index];

        public IEnumerator<JudgedWindow> GetEnumerator()
        {
            foreach (var window in windows)
            {
                starting(window);
                yield return window;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
