using System;

namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>
/// Where a dataset's snapshots live. Paths are absolute once loaded (YAML paths are resolved
/// against the directory of the file that names them).
/// </summary>
/// <param name="Reference">The baseline (for example the training window); drift, volume and unseen-category checks compare against it.</param>
/// <param name="Current">The window under test.</param>
public sealed record SnapshotPaths(string? Reference, string Current)
{
    /// <summary>
    /// When the current snapshot was captured. Freshness is measured at this instant unless the
    /// run gives <c>--as-of</c>; without either, at the time of the run.
    /// </summary>
    public DateTimeOffset? CapturedAt { get; init; }
}
