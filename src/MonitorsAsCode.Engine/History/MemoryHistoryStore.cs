namespace MonitorsAsCode.Engine.History;

/// <summary>A history held in memory: for tests, and for a backfill's windows before they are written to a store.</summary>
public sealed class MemoryHistoryStore : IHistoryStore
{
    private readonly SortedDictionary<(string Monitor, DateTimeOffset Start, DateTimeOffset End), HistoryEntry> entries = new(EntryOrder.Instance);
    private readonly object gate = new();

    /// <inheritdoc/>
    public void Record(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (gate)
        {
            foreach (var entry in entries)
            {
                var key = entry.Window.Key;
                this.entries[(entry.MonitorId, key.Start, key.End)] = entry;
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<HistoryEntry> Read(string monitorId, DateTimeOffset before, DateTimeOffset? since = null)
    {
        var found = new List<HistoryEntry>();
        lock (gate)
        {
            foreach (var ((monitor, start, end), entry) in entries)
            {
                if (string.Equals(monitor, monitorId, StringComparison.Ordinal) && end <= before && (since is null || start >= since))
                {
                    found.Add(entry);
                }
            }
        }

        return found;
    }

    /// <summary>Every entry, ordered by monitor id, then window.</summary>
    public IReadOnlyList<HistoryEntry> All()
    {
        lock (gate)
        {
            return [.. entries.Values];
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class EntryOrder : IComparer<(string Monitor, DateTimeOffset Start, DateTimeOffset End)>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare((string Monitor, DateTimeOffset Start, DateTimeOffset End) x, (string Monitor, DateTimeOffset Start, DateTimeOffset End) y)
        {
            var byMonitor = string.CompareOrdinal(x.Monitor, y.Monitor);
            if (byMonitor != 0)
            {
                return byMonitor;
            }

            var byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : x.End.CompareTo(y.End);
        }
    }
}
