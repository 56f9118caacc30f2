namespace MonitorsAsCode.Engine.Running;

/// <summary>How to run: which gate, at which instant, and where to report progress.</summary>
public sealed record RunOptions
{
    /// <summary>Run only this gate's monitors and report only this gate.</summary>
    public string? Gate { get; init; }

    /// <summary>The instant freshness is measured at; overrides each dataset's <c>captured_at</c>.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The clock used when neither <see cref="AsOf"/> nor <c>captured_at</c> is given.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Receives scan progress, for a progress display.</summary>
    public IProgress<ScanProgress>? Progress { get; init; }

    /// <summary>
    /// The most memory, in bytes, the run's plan may hold beyond the scan's working buffers (keys for uniqueness, one
    /// numeric column for sorted-sample drift, distinct values counted); null for no limit. A monitor that would need
    /// more becomes an <c>error</c> result that says so.
    /// </summary>
    public long? MemoryLimit { get; init; }

    /// <summary>For tests: the bytes of whole columns a columnar pass may gather per snapshot (<see cref="Scanning.MemoryBudget.PassGatherBytes"/>); negative for the default.</summary>
    internal long PassGatherBytes { get; init; } = -1;

    /// <summary>
    /// The time window this run judges (<c>--window</c>), whose rows the snapshots are filtered to by the dataset's
    /// <c>event_time</c> column; null to judge whole snapshots.
    /// </summary>
    public History.JudgedWindow? Window { get; init; }

    /// <summary>The history that baselines and sustained conditions read; null when the run has none.</summary>
    public History.IHistoryReader? History { get; init; }

    /// <summary>
    /// Past windows that baselines leave out (a known event, such as a campaign); null to leave none out. Evidence lists
    /// each such window as excluded by a known event.
    /// </summary>
    public Func<History.HistoryEntry, bool>? BaselineExclusion { get; init; }
}
