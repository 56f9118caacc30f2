using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// One monitor's outcome for one window, as a history store keeps it: what baselines, sustained conditions,
/// backtests and trends read back. Thresholds are the ones in force for that run (a baseline's band when the
/// monitor judged against history).
/// </summary>
public sealed record HistoryEntry(
    string MonitorId,
    string DatasetId,
    string Check,
    JudgedWindow Window,
    CheckStatus Status,
    double? Value)
{
    /// <summary>The value at or beyond which the monitor warns, written as the threshold's bounds; null when none.</summary>
    public Definitions.Monitors.Threshold? Warn { get; init; }

    /// <summary>The value at or beyond which the monitor fails; null when none.</summary>
    public Definitions.Monitors.Threshold? Fail { get; init; }

    /// <summary>The evidence's one-sentence summary.</summary>
    public string EvidenceSummary { get; init; } = "";

    /// <summary>The git revision of the definitions (the commit hash), or null outside a git tree.</summary>
    public string? Revision { get; init; }

    /// <summary>Content fingerprints of the snapshots read, in the order read (reference, then current).</summary>
    public IReadOnlyList<SnapshotFingerprint> Snapshots { get; init; } = [];

    /// <summary>The model versions seen in the window, sorted ordinally, when the dataset has a <c>model_version</c> column.</summary>
    public IReadOnlyList<string> ModelVersions { get; init; } = [];

    /// <summary>Rows judged in the window (the current snapshot's rows), when known; baselines use it for <c>min_volume</c>.</summary>
    public long? Rows { get; init; }
}

/// <summary>A snapshot read by a run: which side, its path relative to the definitions, and a hash of its bytes.</summary>
public sealed record SnapshotFingerprint(string Side, string Path, string Hash);
