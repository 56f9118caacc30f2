using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Cli.Commands;

/// <summary>A history read by a command, its failures (a damaged file, a lost connection) turned into the store's one-line errors and exit codes.</summary>
internal sealed class GuardedHistoryReader(IHistoryReader inner) : IHistoryReader
{
    public IReadOnlyList<HistoryEntry> Read(string monitorId, DateTimeOffset before, DateTimeOffset? since = null) =>
        HistoryOption.Guard(() => inner.Read(monitorId, before, since));
}
