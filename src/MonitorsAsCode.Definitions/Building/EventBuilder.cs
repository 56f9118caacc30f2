using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A known event being declared in C#: returned by <see cref="MonitorBuilder.Event"/>, it builds the same
/// <see cref="KnownEventDefinition"/> as an entry of a YAML <c>events:</c> list, judged by the same rules.
/// </summary>
public sealed class EventBuilder
{
    private readonly FieldLocations locations;
    private readonly string from;
    private readonly string to;
    private readonly EventKind kind;
    private readonly EventEffect effect;
    private string[] datasets = [];
    private string? description;

    internal EventBuilder(string id, string from, string to, EventKind kind, EventEffect effect, SourceLocation? location)
    {
        Id = id;
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.effect = effect;
        locations = new FieldLocations(location);
        foreach (var field in new[] { "id", "from", "to", "kind", "effect" })
        {
            locations.Set(field, location);
        }
    }

    /// <summary>The event's id.</summary>
    public string Id { get; }

    /// <summary>The datasets the event touches, by id; without this call it touches every dataset.</summary>
    public EventBuilder Datasets(params string[] datasetIds)
    {
        datasets = (string[])datasetIds.Clone();
        for (var i = 0; i < datasets.Length; i++)
        {
            locations.Set("datasets[" + i.ToString(CultureInfo.InvariantCulture) + "]", null);
        }

        return this;
    }

    /// <summary>What happened, shown in the report, the wiki and the dashboards.</summary>
    public EventBuilder Description(string text)
    {
        description = text;
        return this;
    }

    /// <summary>The bounds that are not ISO 8601 dates or instants, as YAML reports them (MAC0003).</summary>
    internal IEnumerable<DefinitionDiagnostic> BuildProblems()
    {
        foreach (var (key, text, isEnd) in new[] { ("from", from, false), ("to", to, true) })
        {
            if (!EventInstant.TryParse(text, isEnd, out _))
            {
                yield return new DefinitionDiagnostic(DefinitionRules.WrongValueType, $"event '{Id}': '{key}' must be an ISO 8601 date or instant such as 2026-10-01 or 2026-10-01T06:00:00Z, not '{EchoedValue.Shorten(text)}'", locations.Location);
            }
        }
    }

    /// <summary>The event, or null when a bound cannot be read (reported by <see cref="BuildProblems"/>).</summary>
    internal KnownEventDefinition? Build()
    {
        if (!EventInstant.TryParse(from, isEnd: false, out var start) || !EventInstant.TryParse(to, isEnd: true, out var end))
        {
            return null;
        }

        return new KnownEventDefinition(Id, start, end, kind, effect)
        {
            Datasets = datasets,
            Description = description,
            Source = locations.ToSourceMap(),
        };
    }
}
