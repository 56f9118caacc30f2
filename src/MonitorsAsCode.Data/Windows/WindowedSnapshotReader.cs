using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Windows;

/// <summary>
/// A snapshot seen through a time window: only the rows whose event time lies in <see cref="EventTimeRanges"/> are
/// read. It is the same one pass as any snapshot, with the window applied inside it: parts of a folder whose Hive
/// path (<c>date=2026-08-01/</c>) names a day outside the window are never opened, Parquet row groups whose stored
/// event-time bounds lie outside it are never decoded, and the rows left are filtered exactly, <c>from</c> included
/// and <c>to</c> excluded. A row whose event time is null belongs to no window.
/// </summary>
/// <remarks>
/// The event-time column is read with every batch (and dropped again when it was not asked for). Other formats
/// (CSV, JSON Lines) are read whole and filtered by row.
/// </remarks>
public sealed class WindowedSnapshotReader : ISnapshotReader
{
    private readonly ISnapshotReader inner;
    private readonly PartitionedSnapshotReader? kept;
    private readonly ColumnRequest eventTime;
    private readonly EventTimeRanges ranges;
    private int partsRead;
    private int partsSkipped;
    private int rowGroupsRead;
    private int rowGroupsSkipped;

    /// <summary>
    /// <paramref name="inner"/> seen through <paramref name="ranges"/> of <paramref name="eventTimeColumn"/>, read as
    /// <paramref name="kind"/> (Timestamp or Date).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is neither Timestamp nor Date.</exception>
    public WindowedSnapshotReader(ISnapshotReader inner, string eventTimeColumn, ColumnKind kind, EventTimeRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrEmpty(eventTimeColumn);
        ArgumentNullException.ThrowIfNull(ranges);
        if (kind is not (ColumnKind.Timestamp or ColumnKind.Date))
        {
            throw new ArgumentException("A window is kept by a timestamp or date column.", nameof(kind));
        }

        this.inner = inner;
        this.ranges = ranges;
        eventTime = new ColumnRequest(eventTimeColumn, kind);
        if (inner is PartitionedSnapshotReader partitioned)
        {
            var parts = new List<string>();
            foreach (var part in partitioned.Parts)
            {
                if (HivePartition.DayOf(part) is not { } day || ranges.Overlaps(day.From, day.To))
                {
                    parts.Add(part);
                }
            }

            PartsListed = partitioned.Parts.Count;
            partsSkipped = partitioned.Parts.Count - parts.Count;
            kept = parts.Count == 0 ? null : new PartitionedSnapshotReader(partitioned.Path, parts);
        }
    }

    /// <inheritdoc />
    public string Path => inner.Path;

    /// <summary>The instants kept.</summary>
    public EventTimeRanges Ranges => ranges;

    /// <summary>Parts of a folder or glob before pruning by path; 0 for a single file.</summary>
    public int PartsListed { get; }

    /// <summary>Parts opened by the reads so far (each read counts again).</summary>
    public int PartsRead => Volatile.Read(ref partsRead);

    /// <summary>Parts left unopened because their Hive path names a day outside the window.</summary>
    public int PartsSkipped => partsSkipped;

    /// <summary>Parquet row groups decoded by the reads so far.</summary>
    public int RowGroupsRead => Volatile.Read(ref rowGroupsRead);

    /// <summary>Parquet row groups left undecoded by the reads so far, their stored event-time bounds lying outside the window.</summary>
    public int RowGroupsSkipped => Volatile.Read(ref rowGroupsSkipped);

    /// <inheritdoc />
    /// <remarks>The whole snapshot's schema: a window does not change which columns there are.</remarks>
    public SnapshotSchema ReadSchema() => inner.ReadSchema();

    /// <inheritdoc />
    public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var requests = new List<ColumnRequest>(columns);
        var timeIndex = requests.FindIndex(c => string.Equals(c.Name, eventTime.Name, StringComparison.Ordinal) && c.Kind == eventTime.Kind);
        var added = timeIndex < 0;
        if (added)
        {
            timeIndex = requests.Count;
            requests.Add(eventTime);
        }

        if (ranges.IsEmpty || (inner is PartitionedSnapshotReader && kept is null))
        {
            progress?.Report(1);
            return [];
        }

        var pruning = new RowGroupPruning(eventTime, ranges);
        IEnumerable<ColumnBatch> batches;
        if (kept is not null)
        {
            Interlocked.Add(ref partsRead, kept.Parts.Count);
            batches = kept.ReadBatches(requests, pruning, progress, cancellationToken);
        }
        else if (inner is ParquetSnapshotReader parquet)
        {
            Interlocked.Increment(ref partsRead);
            batches = parquet.ReadBatches(requests, pruning, progress, cancellationToken);
        }
        else
        {
            Interlocked.Increment(ref partsRead);
            batches = inner.ReadBatches(requests, progress, cancellationToken);
        }

        return Filter(batches, timeIndex, added, pruning);
    }

    private IEnumerable<ColumnBatch> Filter(IEnumerable<ColumnBatch> batches, int timeIndex, bool added, RowGroupPruning pruning)
    {
        try
        {
            foreach (var batch in batches)
            {
                var rows = KeptRows(batch.Columns[timeIndex], out var count);
                if (count == 0)
                {
                    continue;
                }

                var columns = new List<Column>(batch.Columns.Count);
                for (var i = 0; i < batch.Columns.Count; i++)
                {
                    if (added && i == timeIndex)
                    {
                        continue;
                    }

                    columns.Add(count == batch.RowCount ? batch.Columns[i] : RowSelection.Take(batch.Columns[i], rows, count));
                }

                yield return new ColumnBatch(count, columns);
            }
        }
        finally
        {
            Interlocked.Add(ref rowGroupsRead, pruning.Read);
            Interlocked.Add(ref rowGroupsSkipped, pruning.Skipped);
        }
    }

    private int[] KeptRows(Column time, out int count)
    {
        var rows = new int[time.Length];
        count = 0;
        var valid = time.Valid;
        if (time is TimestampColumn timestamps)
        {
            var values = timestamps.Microseconds;
            for (var i = 0; i < values.Length; i++)
            {
                if (valid[i] && ranges.Contains(values[i]))
                {
                    rows[count++] = i;
                }
            }
        }
        else
        {
            var days = ((DateColumn)time).Days;
            for (var i = 0; i < days.Length; i++)
            {
                if (valid[i] && ranges.ContainsDay(days[i]))
                {
                    rows[count++] = i;
                }
            }
        }

        return rows;
    }
}
