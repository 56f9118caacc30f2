using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Diffing;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;
using MonitorsAsCode.Engine.Slos;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// Turns a finished run into the history entries it records: one per monitor result, with the window judged (the run's
/// <see cref="RunOptions.Window"/>, else the as-of instant the run used for the dataset), the definitions' git revision,
/// a fingerprint of each snapshot read, the model versions seen and the rows judged. Everything is gathered before
/// anything is written, so a snapshot that cannot be read leaves the store unchanged.
/// </summary>
public static class HistoryRecorder
{
    /// <summary>
    /// The entries of <paramref name="run"/>, in result order. <paramref name="options"/> must be the ones the run used
    /// (pin the clock when a dataset's as-of instant comes from it); <paramref name="definitionsDirectory"/> is where
    /// the revision is read and what snapshot paths are written relative to.
    /// </summary>
    /// <exception cref="SnapshotReadException">A snapshot cannot be read again to fingerprint it or to list its model versions.</exception>
    public static IReadOnlyList<HistoryEntry> Entries(DefinitionSet definitions, RunResult run, RunOptions options, string definitionsDirectory)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(definitionsDirectory);
        var revision = Revision(definitionsDirectory);
        var facts = new Dictionary<string, DatasetFacts>(StringComparer.Ordinal);
        DateTimeOffset? clock = null;
        var entries = new List<HistoryEntry>(run.Results.Count);
        foreach (var result in run.Results)
        {
            if (definitions.FindDataset(result.DatasetId) is not { } dataset)
            {
                continue;
            }

            if (!facts.TryGetValue(dataset.Id, out var known))
            {
                var (asOf, _) = SloRunner.AsOf(dataset, options, ref clock);
                var window = options.Window ?? JudgedWindow.At(asOf);
                var monitors = definitions.Monitors.Where(m => string.Equals(m.DatasetId, dataset.Id, StringComparison.Ordinal)).ToList();
                known = Gather(dataset, DatasetPlan.For(dataset, monitors).NeedsReference, window, definitionsDirectory);
                facts.Add(dataset.Id, known);
            }

            entries.Add(new HistoryEntry(result.MonitorId, result.DatasetId, YamlWords.Of(result.Check), known.Window, result.Status, result.Value)
            {
                Warn = result.Warn,
                Fail = result.Fail,
                EvidenceSummary = result.Evidence.Summary,
                Revision = revision,
                Snapshots = known.Snapshots,
                ModelVersions = known.ModelVersions,
                Rows = known.Rows,
            });
        }

        return entries;
    }

    /// <summary>The commit checked out in the git tree holding <paramref name="directory"/>; null outside one, or without git.</summary>
    public static string? Revision(string directory)
    {
        try
        {
            return GitWorkingTree.Find(directory).ResolveCommit("HEAD");
        }
        catch (GitException)
        {
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    private static DatasetFacts Gather(DatasetDefinition dataset, bool readReference, JudgedWindow window, string definitionsDirectory)
    {
        var snapshots = new List<SnapshotFingerprint>();
        if (readReference && dataset.Snapshots.Reference is { } reference)
        {
            snapshots.Add(new SnapshotFingerprint("reference", Relative(reference, definitionsDirectory), SnapshotFingerprints.Of(reference)));
        }

        var current = dataset.Snapshots.Current;
        snapshots.Add(new SnapshotFingerprint("current", Relative(current, definitionsDirectory), SnapshotFingerprints.Of(current)));
        var (versions, rows) = ScanCurrent(dataset, window);
        return new DatasetFacts(window, snapshots, versions, rows);
    }

    /// <summary>
    /// The distinct model versions (sorted ordinally) and the rows of the current snapshot within the window: one pass
    /// over the <c>model_version</c> column, the <c>event_time</c> column when the window has bounds, or else the first
    /// declared column, just to count rows.
    /// </summary>
    private static (IReadOnlyList<string> Versions, long? Rows) ScanCurrent(DatasetDefinition dataset, JudgedWindow window)
    {
        var reader = SnapshotReaders.Open(dataset.Snapshots.Current);
        var schema = reader.ReadSchema();
        ColumnDefinition? Find(ColumnRole role) => dataset.Columns.FirstOrDefault(c => c.Role == role && schema.Find(c.Name) is not null);
        var versionColumn = Find(ColumnRole.ModelVersion);
        var timeColumn = window.From is not null || window.To is not null ? Find(ColumnRole.EventTime) : null;
        if (timeColumn is not null && ColumnKinds.Of(timeColumn.Type) != ColumnKind.Timestamp)
        {
            timeColumn = null;
        }

        var requests = new List<ColumnRequest>();
        if (versionColumn is not null)
        {
            requests.Add(new ColumnRequest(versionColumn.Name, ColumnKinds.Of(versionColumn.Type)));
        }

        if (timeColumn is not null)
        {
            requests.Add(new ColumnRequest(timeColumn.Name, ColumnKind.Timestamp));
        }

        if (requests.Count == 0)
        {
            var any = dataset.Columns.FirstOrDefault(c => schema.Find(c.Name) is not null);
            if (any is null)
            {
                return ([], null);
            }

            requests.Add(new ColumnRequest(any.Name, ColumnKinds.Of(any.Type)));
        }

        var from = window.From is { } start ? HistorySchema.ToMicroseconds(start) : long.MinValue;
        var to = window.To is { } end ? HistorySchema.ToMicroseconds(end) : long.MaxValue;
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        long rows = 0;
        foreach (var batch in reader.ReadBatches(requests))
        {
            var times = timeColumn is null ? null : (TimestampColumn)batch[timeColumn.Name];
            var version = versionColumn is null ? null : batch[versionColumn.Name];
            for (var row = 0; row < batch.RowCount; row++)
            {
                if (times is not null && (!times.Valid[row] || times.Microseconds[row] < from || times.Microseconds[row] >= to))
                {
                    continue;
                }

                rows++;
                if (version?.FormatValue(row) is { } text)
                {
                    versions.Add(text);
                }
            }
        }

        return ([.. versions], rows);
    }

    private static string Relative(string path, string directory) =>
        Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(path)).Replace('\\', '/');

    private sealed record DatasetFacts(JudgedWindow Window, IReadOnlyList<SnapshotFingerprint> Snapshots, IReadOnlyList<string> ModelVersions, long? Rows);
}
