using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>
/// What <c>monitors run</c> does with a history store: opens it before the run (an unset variable, an unreachable
/// server or a newer schema stops the command before any data is read), pins the clock so the entries carry the
/// instants the run used, and records every result once the run has finished; a run that fails records nothing.
/// </summary>
internal sealed class RunHistory : IDisposable
{
    private readonly SqlHistoryStore store;
    private readonly string directory;

    private RunHistory(SqlHistoryStore store, string directory)
    {
        this.store = store;
        this.directory = directory;
    }

    /// <summary>The store <paramref name="option"/> or the definitions name, opened for recording; null when none is named.</summary>
    public static RunHistory? Open(CliEnvironment environment, Definitions.DefinitionSet definitions, string directory, string? option) =>
        HistoryOption.Setting(option, definitions) is { } setting
            ? new RunHistory(HistoryOption.Open(environment, setting, create: true), directory)
            : null;

    /// <summary><paramref name="options"/> with the clock read once, so recorded as-of instants are the ones the run judged at.</summary>
    public static RunOptions Pin(RunOptions options) => options with { Clock = new PinnedClock(options.Clock.GetUtcNow()) };

    /// <summary>Records <paramref name="run"/>'s results in one transaction.</summary>
    public void Record(Definitions.DefinitionSet definitions, RunResult run, RunOptions options)
    {
        IReadOnlyList<HistoryEntry> entries;
        try
        {
            entries = HistoryRecorder.Entries(definitions, run, options, directory);
        }
        catch (SnapshotReadException exception)
        {
            throw new UserError(exception.Message + "; nothing was recorded in " + store.Name, ExitCodes.DataUnreadable);
        }

        HistoryOption.Guard(() =>
        {
            store.Record(entries);
            return entries.Count;
        });
    }

    /// <summary>
    /// The store for the run to read (baselines, <c>for:</c>, <c>recover:</c>) and for a backfill to record each window
    /// in, its failures turned into the same user errors and exit codes as <see cref="Record"/>'s.
    /// </summary>
    public IHistoryStore Store => new GuardedStore(store);

    public void Dispose() => store.Dispose();

    private sealed class GuardedStore(IHistoryStore inner) : IHistoryStore
    {
        private readonly GuardedHistoryReader reader = new(inner);

        public IReadOnlyList<HistoryEntry> Read(string monitorId, DateTimeOffset before, DateTimeOffset? since = null) => reader.Read(monitorId, before, since);

        public void Record(IReadOnlyList<HistoryEntry> entries) => HistoryOption.Guard(() =>
        {
            inner.Record(entries);
            return entries.Count;
        });

        public void Dispose()
        {
            // The run's history owns the store.
        }
    }

    private sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
