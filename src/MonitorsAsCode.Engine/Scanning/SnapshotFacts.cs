using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// What one pass over a snapshot found, for the checks to judge: its schema and rows, a <see cref="ColumnProfile"/> of
/// every column read, the value counts and per-monitor accumulators the plan asked for, and, for the statistics that
/// need a column's values in full (quantile edges, sorted-sample tests), a way to read one column's finite values at a
/// time. No row of the pass is kept.
/// </summary>
internal sealed class SnapshotFacts
{
    private readonly Dictionary<string, ColumnProfile> profiles;
    private readonly Dictionary<string, Func<Dictionary<string, long>>> valueCounts;
    private readonly Dictionary<string, BatchAccumulator> accumulators;
    private readonly Dictionary<string, ColumnKind> kinds;
    private readonly Func<ISnapshotReader> reopen;

    internal SnapshotFacts(
        string path,
        SnapshotSchema schema,
        long rowCount,
        Dictionary<string, ColumnKind> kinds,
        Dictionary<string, ColumnProfile> profiles,
        Dictionary<string, Func<Dictionary<string, long>>> valueCounts,
        Dictionary<string, BatchAccumulator> accumulators,
        Func<ISnapshotReader> reopen,
        MemoryBudget budget)
    {
        Path = path;
        Schema = schema;
        RowCount = rowCount;
        this.kinds = kinds;
        this.profiles = profiles;
        this.valueCounts = valueCounts;
        this.accumulators = accumulators;
        this.reopen = reopen;
        Budget = budget;
    }

    /// <summary>
    /// What the reference pass would find for <paramref name="monitor"/> in a snapshot already in memory (through the
    /// same plan and accumulators as a file): for tests, benchmarks and checks run over slices of a table.
    /// </summary>
    public static SnapshotFacts OfReference(SnapshotTable table, Definitions.Monitors.MonitorDefinition monitor, Definitions.Datasets.DatasetDefinition dataset) =>
        SnapshotPass.OfTable(table, monitor, dataset, null, DateTimeOffset.UnixEpoch, asReference: true);

    /// <summary>What the current pass would find for <paramref name="monitor"/> in a snapshot already in memory, against <paramref name="reference"/>.</summary>
    public static SnapshotFacts OfCurrent(SnapshotTable table, Definitions.Monitors.MonitorDefinition monitor, Definitions.Datasets.DatasetDefinition dataset, SnapshotFacts? reference, DateTimeOffset asOf) =>
        SnapshotPass.OfTable(table, monitor, dataset, reference, asOf, asReference: false);

    /// <summary>The snapshot's path.</summary>
    public string Path { get; }

    /// <summary>The snapshot's own schema (all its columns, not only those read).</summary>
    public SnapshotSchema Schema { get; }

    /// <summary>Number of rows in the snapshot.</summary>
    public long RowCount { get; }

    /// <summary>The SLOs' columns, kept whole (SLOs judge event series row by row), when any SLO reads this snapshot.</summary>
    public SnapshotTable? Table { get; internal init; }

    internal MemoryBudget Budget { get; }

    /// <summary>Drift measurements of this snapshot against its reference, shared by the monitors that ask for the same one.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Drift.ColumnDrift>> Drifts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for one of the budget's column slots when <paramref name="column"/> is numeric (its values will be loaded),
    /// and hands it back on dispose; text and bool columns are compared from their counts and need none.
    /// </summary>
    internal IDisposable? HoldColumnSlot(string column) =>
        KindOf(column) is ColumnKind.String or ColumnKind.Bool ? null : Budget.TakeColumnSlot();

    /// <summary>Whether the column was read.</summary>
    public bool Contains(string column) => profiles.ContainsKey(column);

    /// <summary>The kind the column was read as.</summary>
    public ColumnKind KindOf(string column) => kinds[column];

    /// <summary>The column's profile.</summary>
    /// <exception cref="KeyNotFoundException">The column was not read.</exception>
    public ColumnProfile Profile(string column) => profiles.TryGetValue(column, out var profile)
        ? profile
        : throw new KeyNotFoundException($"Column '{column}' was not read from {Path}.");

    /// <summary>Rows per distinct non-null value, by invariant text, when the plan counted them.</summary>
    /// <exception cref="MemoryLimitException">The counts did not fit the run's memory limit.</exception>
    internal Dictionary<string, long> ValueCounts(string column) => valueCounts[column]();

    /// <summary>Whether the plan registered an accumulator under <paramref name="key"/>.</summary>
    internal bool HasAccumulator(string key) => accumulators.ContainsKey(key);

    /// <summary>The accumulator the plan registered under <paramref name="key"/>.</summary>
    internal T Get<T>(string key)
        where T : BatchAccumulator => (T)accumulators[key];

    /// <summary>
    /// The finite values of a numeric column in row order: gathered during the pass (row formats, and columnar snapshots
    /// whose whole columns fit <see cref="ScanPlan.PassGatherBytes"/>), or read from the
    /// snapshot now, that column alone, into the first <see cref="ColumnProfile.Finite"/> places of an array from the
    /// budget's pool, until <see cref="Unload"/>.
    /// </summary>
    /// <exception cref="MemoryLimitException">The column does not fit the run's memory limit.</exception>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read, or changed since the pass.</exception>
    internal double[] LoadFiniteValues(string column)
    {
        var count = Profile(column).Finite;
        if (Gathered.TryGetValue(column, out var collector) && collector.Values is { } gathered)
        {
            return gathered;
        }

        // Written by row through the column scan, nulls and non-finite values squeezed out as the parts merge: the
        // array holds every row until then.
        var rows = Profile(column).Rows;
        var values = Budget.RentColumn(Math.Max(count, rows), $"column '{column}' has {ValueFormat.Count(count)} values in {Path}");
        try
        {
            var writer = new FiniteValuesWriter(values);
            ColumnScan.Run(reopen(), [new ColumnRequest(column, kinds[column])], [writer]);
            if (writer.Overran || writer.Written != count)
            {
                throw new SnapshotReadException(Path, writer.Overran
                    ? $"changed while it was being read: column '{column}' holds more than the {count} finite values of the first pass"
                    : $"changed while it was being read: column '{column}' held {count} finite values, and {writer.Written} when read again");
            }

            return values;
        }
        catch
        {
            Budget.ReturnColumn(values);
            throw;
        }
    }

    /// <summary>Hands back an array from <see cref="LoadFiniteValues"/>.</summary>
    internal void Unload(double[] values)
    {
        foreach (var collector in Gathered.Values)
        {
            if (ReferenceEquals(collector.Values, values))
            {
                // Gathered during the pass: kept for the next monitor on the column.
                return;
            }
        }

        Budget.ReturnColumn(values);
    }

    /// <summary>Lets go of the values gathered during the pass, once every monitor has been measured.</summary>
    internal void DropGathered()
    {
        foreach (var collector in Gathered.Values)
        {
            collector.Drop();
        }
    }

    /// <summary>Numeric columns whose finite values were gathered during the pass (row formats; columnar snapshots small enough).</summary>
    internal IReadOnlyDictionary<string, IGatheredValues> Gathered { get; init; } = new Dictionary<string, IGatheredValues>();

    /// <summary>Reads the given rows (ascending) of <paramref name="columns"/> into a small table, in one more pass.</summary>
    internal SnapshotTable LoadRows(IReadOnlyList<string> columns, long[] rows)
    {
        var requests = columns.Select(c => new ColumnRequest(c, kinds[c])).ToList();
        var picked = new RowPicker(requests, rows);
        var reader = reopen();
        BatchScan.Run(reader, requests, [picked], null, CancellationToken.None);
        var columnsPicked = picked.Picked();
        if (columnsPicked.Count > 0 && columnsPicked[0].Length != rows.Length)
        {
            throw new SnapshotReadException(Path, $"changed while it was being read: {rows.Length} sampled rows were asked for and {columnsPicked[0].Length} found");
        }

        return new SnapshotTable(Path, Schema, rows.Length, columnsPicked);
    }
}
