using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Tests.Running;

/// <summary>
/// Opens snapshots with the real readers and records every open and every scan (with the columns it
/// asked for), so tests can assert that each snapshot is read once with only the needed columns.
/// </summary>
internal sealed class RecordingSnapshotOpener
{
    private readonly List<string> opened = [];
    private readonly List<(string Path, IReadOnlyList<ColumnRequest> Columns)> scans = [];

    /// <summary>Every path opened, in order.</summary>
    public IReadOnlyList<string> Opened => opened;

    /// <summary>Every scan of a snapshot's rows (an enumeration of its batches), in order.</summary>
    public IReadOnlyList<(string Path, IReadOnlyList<ColumnRequest> Columns)> Scans => scans;

    /// <summary>The function to give <c>new MonitorRunner(open)</c>.</summary>
    public ISnapshotReader Open(string path)
    {
        opened.Add(path);
        var inner = SnapshotReaders.Open(path);
        return inner is Data.Scanning.IColumnScanner ? new RecordingColumnarReader(this, inner) : new RecordingReader(this, inner);
    }

    /// <summary>The names of the columns each scan of <paramref name="path"/> asked for.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ColumnsScanned(string path) =>
        [.. scans.Where(s => s.Path == path).Select(s => (IReadOnlyList<string>)[.. s.Columns.Select(c => c.Name)])];

    /// <summary>A reader that reads one column without the others (Parquet), as the engine sees it.</summary>
    private sealed class RecordingColumnarReader(RecordingSnapshotOpener owner, ISnapshotReader inner) : ISnapshotReader, Data.Scanning.IColumnScanner, Data.Scanning.IStoredStatisticsSource
    {
        private readonly RecordingReader recording = new(owner, inner);

        public string Path => inner.Path;

        public SnapshotSchema ReadSchema() => inner.ReadSchema();

        public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
            recording.ReadBatches(columns, progress, cancellationToken);

        public void Scan(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<Data.Scanning.ColumnAccumulator> accumulators, CancellationToken cancellationToken = default)
        {
            owner.scans.Add((inner.Path, [.. columns]));
            ((Data.Scanning.IColumnScanner)inner).Scan(columns, accumulators, cancellationToken);
        }

        /// <summary>The file's own metadata (not a scan): the row count a columnar pass plans with.</summary>
        public IReadOnlyList<Data.Scanning.StoredColumnStatistics> ReadStatistics(IReadOnlyList<ColumnRequest> columns) =>
            ((Data.Scanning.IStoredStatisticsSource)inner).ReadStatistics(columns);
    }

    private sealed class RecordingReader(RecordingSnapshotOpener owner, ISnapshotReader inner) : ISnapshotReader
    {
        public string Path => inner.Path;

        public SnapshotSchema ReadSchema() => inner.ReadSchema();

        public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            owner.scans.Add((inner.Path, [.. columns]));
            foreach (var batch in inner.ReadBatches(columns, progress, cancellationToken))
            {
                yield return batch;
            }
        }
    }
}
