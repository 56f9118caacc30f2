using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Events;

/// <summary>
/// The known events of a set of definitions, asked about one dataset and one judged window at a time: which events
/// overlap it, what they do to a monitor's result there, and whether a past window is left out of baselines.
/// A window with bounds overlaps an event when they share any instant (the window's end and the event's end are
/// exclusive); a window without bounds (a run over whole snapshots) is the instant it was judged at.
/// </summary>
public sealed class KnownEvents
{
    private readonly IReadOnlyList<KnownEventDefinition> events;

    /// <summary>The events of <paramref name="events"/>, kept in the order they were declared.</summary>
    public KnownEvents(IReadOnlyList<KnownEventDefinition> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        this.events = events;
    }

    /// <summary>No events: every answer is "none", and results are returned unchanged.</summary>
    public static KnownEvents None { get; } = new([]);

    /// <summary>The events declared in <paramref name="definitions"/>.</summary>
    public static KnownEvents Of(DefinitionSet definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return definitions.Events.Count == 0 ? None : new KnownEvents(definitions.Events);
    }

    /// <summary>Whether there are no events at all.</summary>
    public bool IsEmpty => events.Count == 0;

    /// <summary>The events that touch <paramref name="datasetId"/> and overlap <paramref name="window"/>, in declaration order.</summary>
    public IReadOnlyList<KnownEventDefinition> Overlapping(string datasetId, JudgedWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (start, end) = window.Key;
        var found = new List<KnownEventDefinition>();
        foreach (var known in events)
        {
            if (known.Touches(datasetId) && known.Overlaps(start, end))
            {
                found.Add(known);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the window of a past history entry overlaps an <c>exclude-from-baseline</c> event of its dataset, so a
    /// baseline leaves it out: a day that is partly campaign is not a normal day. This is the predicate baselines take.
    /// </summary>
    public bool ExcludesFromBaseline(string datasetId, HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var known in Overlapping(datasetId, entry.Window))
        {
            if (known.Effect == EventEffect.ExcludeFromBaseline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The result as the events overlapping its window leave it: every such event's id in <see cref="CheckResult.Events"/>,
    /// and, when the result warns or fails, the <c>suppress</c> events' ids in <see cref="CheckResult.SuppressedBy"/>, so it
    /// keeps its measured status but neither fails the run nor its gates. An error is never suppressed: a monitor that
    /// could not measure is broken, whatever the campaign. Without overlapping events the result is returned as it is.
    /// </summary>
    public CheckResult Apply(CheckResult result, JudgedWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        var overlapping = Overlapping(result.DatasetId, window);
        if (overlapping.Count == 0)
        {
            return result;
        }

        var ids = new List<string>();
        var suppressing = new List<string>();
        foreach (var known in overlapping)
        {
            ids.Add(known.Id);
            if (known.Effect == EventEffect.Suppress && result.Status is CheckStatus.Warn or CheckStatus.Fail)
            {
                suppressing.Add(known.Id);
            }
        }

        return result with { Events = ids, SuppressedBy = suppressing };
    }
}
