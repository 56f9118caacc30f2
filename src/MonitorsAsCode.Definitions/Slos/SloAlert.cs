using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Slos;

/// <summary>What one severity of an SLO's burn-rate alert carries: the runbook and extra labels and annotations.</summary>
public sealed record SloAlert
{
    /// <summary>The runbook whoever is notified follows (a path or URL); required for pages.</summary>
    public string? Runbook { get; init; }

    /// <summary>A one-line summary for the notification; a default naming the SLO is used when absent.</summary>
    public string? Summary { get; init; }

    /// <summary>Labels added to this severity's alert, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    /// <summary>Annotations added to this severity's alert, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Annotations { get; init; } = [];
}
