using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Events;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>events:</c> list: known events that exclude windows from baselines, suppress or annotate results.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] EventKeys = ["id", "from", "to", "kind", "effect", "datasets", "description"];

    public List<KnownEventDefinition> Events { get; } = [];

    private void ReadEvent(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a known event", EventKeys, diagnostics);
        fields.RequireAll("id", "from", "to", "kind", "effect");
        var id = fields.Text("id");
        var from = ReadEventBound(fields, "from", isEnd: false);
        var to = ReadEventBound(fields, "to", isEnd: true);
        var kind = fields.Word("kind", EventWords.Kinds);
        var effect = fields.Word("effect", EventWords.Effects);
        var datasets = fields.TextList("datasets") ?? [];
        var description = fields.Text("description");
        if (id is null || from is null || to is null || kind is null || effect is null)
        {
            Remember(id);
            return;
        }

        Events.Add(new KnownEventDefinition(id, from.Value, to.Value, kind.Value, effect.Value)
        {
            Datasets = datasets,
            Description = description,
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    private static DateTimeOffset? ReadEventBound(YamlFields fields, string key, bool isEnd)
    {
        if (fields.Text(key) is not { } text)
        {
            return null;
        }

        if (EventInstant.TryParse(text, isEnd, out var instant))
        {
            return instant;
        }

        fields.Report(DefinitionRules.WrongValueType, $"'{key}' must be an ISO 8601 date or instant such as 2026-10-01 or 2026-10-01T06:00:00Z, not '{EchoedValue.Shorten(text)}'", fields.LocationOf(key));
        return null;
    }
}
