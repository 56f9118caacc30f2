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

    /// <summary>
    /// A reference relative to the judged window, read from <see cref="Current"/>'s source by event time, instead of
    /// the fixed <see cref="Reference"/> file; null for a fixed reference (or none).
    /// </summary>
    public ReferenceWindow? ReferenceWindow { get; init; }

    /// <summary>Whether monitors have a reference to compare against: a fixed snapshot or a window relative to the judged one.</summary>
    public bool HasReference => Reference is not null || ReferenceWindow is not null;
}
