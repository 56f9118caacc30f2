using System.Collections.Generic;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// One check over a dataset, with its thresholds and who responds when it fails.
/// The value a monitor measures, its unit and its direction are described by <see cref="MetricCatalog"/>.
/// </summary>
public sealed record MonitorDefinition(string Id, string DatasetId, CheckKind Check)
{
    /// <summary>
    /// The columns checked: one for drift, completeness, validity and freshness; one or more for a
    /// uniqueness key; none for schema and volume.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The drift method; null means the default (<see cref="DriftMethod.Psi"/>).</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Number of quantile bins for binned drift methods on numeric columns (default 10, deciles).</summary>
    public int? Bins { get; init; }

    /// <summary>The limit that makes the monitor warn.</summary>
    public Threshold? Warn { get; init; }

    /// <summary>The limit that makes the monitor fail.</summary>
    public Threshold? Fail { get; init; }

    /// <summary>How urgently a failure needs a person.</summary>
    public Severity Severity { get; init; } = Severity.Investigate;

    /// <summary>Who responds (a team or on-call rotation).</summary>
    public string? Owner { get; init; }

    /// <summary>The runbook to follow when the monitor fails: a path or a runbook id.</summary>
    public string? Runbook { get; init; }

    /// <summary>What the monitor protects, in a sentence.</summary>
    public string? Description { get; init; }

    /// <summary>Validity: the smallest valid value (inclusive).</summary>
    public double? Min { get; init; }

    /// <summary>Validity: the largest valid value (inclusive).</summary>
    public double? Max { get; init; }

    /// <summary>Validity: the allowed values, compared as text.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Validity: values count as valid only when the reference snapshot holds them too (<c>allowed: reference</c>).</summary>
    public bool AllowedFromReference { get; init; }

    /// <summary>Schema: how to treat columns the snapshot has but the dataset does not declare.</summary>
    public UnexpectedColumns UnexpectedColumns { get; init; } = UnexpectedColumns.Warn;

    /// <summary>A disabled monitor is reported as skipped.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the monitor was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>The single column of a one-column check, or null.</summary>
    public string? Column => Columns.Count == 1 ? Columns[0] : null;
}
