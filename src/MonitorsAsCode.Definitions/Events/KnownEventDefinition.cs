using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Events;

/// <summary>
/// A known event (<c>events:</c> in YAML, <c>MonitorBuilder.Event</c> in C#): a stretch of time in which some datasets
/// are expected to look unusual, such as a campaign or an outage. It lasts from <see cref="From"/> (inclusive) to
/// <see cref="To"/> (exclusive), both in UTC; a <c>to:</c> written as a bare date means the end of that day, so
/// <c>from: 2026-10-01, to: 2026-10-14</c> covers fourteen whole days.
/// </summary>
/// <param name="Id">The event's id, unique among events.</param>
/// <param name="From">When it starts (inclusive, UTC).</param>
/// <param name="To">When it ends (exclusive, UTC); after <paramref name="From"/> (MAC0033).</param>
/// <param name="Kind">What kind of event it is.</param>
/// <param name="Effect">What it does to the monitors of its datasets.</param>
public sealed record KnownEventDefinition(string Id, DateTimeOffset From, DateTimeOffset To, EventKind Kind, EventEffect Effect)
{
    /// <summary>The datasets it touches, by id; empty means every dataset.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>What happened, for people reading the report, the wiki and the dashboards; null when not written.</summary>
    public string? Description { get; init; }

    /// <summary>Where the event was declared.</summary>
    public SourceMap Source { get; init; } = SourceMap.None;

    /// <summary>Whether the event touches <paramref name="datasetId"/>: it names it, or names no dataset at all.</summary>
    public bool Touches(string datasetId)
    {
        if (Datasets.Count == 0)
        {
            return true;
        }

        foreach (var dataset in Datasets)
        {
            if (string.Equals(dataset, datasetId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the event overlaps the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive); an empty span is an instant.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) =>
        end <= start ? From <= start && start < To : From < end && start < To;
}
