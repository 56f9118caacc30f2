namespace MonitorsAsCode.Engine.History;

/// <summary>
/// The read side of a history, all that baselines, sustained conditions (<c>for:</c>, <c>recover:</c>), backtests and
/// trend pictures need.
/// </summary>
public interface IHistoryReader
{
    /// <summary>
    /// The monitor's recorded entries whose window ended at or before <paramref name="before"/> and not before
    /// <paramref name="since"/> (when given), oldest first; at most one entry per window.
    /// </summary>
    IReadOnlyList<HistoryEntry> Read(string monitorId, DateTimeOffset before, DateTimeOffset? since = null);
}

/// <summary>A history that can also record: SQLite by default, PostgreSQL when shared; in memory for tests.</summary>
public interface IHistoryStore : IHistoryReader, IDisposable
{
    /// <summary>
    /// Records one run's entries in one transaction: all of them or none. An entry for a (monitor, window key) already
    /// recorded replaces it, so recording the same run twice changes nothing.
    /// </summary>
    void Record(IReadOnlyList<HistoryEntry> entries);
}
