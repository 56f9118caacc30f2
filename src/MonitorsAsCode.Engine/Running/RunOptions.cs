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
}
