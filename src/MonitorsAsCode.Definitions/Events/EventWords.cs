using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Events;

/// <summary>The YAML words of known events' kinds and effects, in the order the documentation lists them.</summary>
public static class EventWords
{
    /// <summary>Event kinds.</summary>
    public static IReadOnlyList<KeyValuePair<string, EventKind>> Kinds { get; } =
    [
        new("campaign", EventKind.Campaign), new("holiday", EventKind.Holiday), new("release", EventKind.Release),
        new("backfill", EventKind.Backfill), new("outage", EventKind.Outage),
    ];

    /// <summary>Event effects.</summary>
    public static IReadOnlyList<KeyValuePair<string, EventEffect>> Effects { get; } =
    [
        new("exclude-from-baseline", EventEffect.ExcludeFromBaseline), new("suppress", EventEffect.Suppress), new("annotate", EventEffect.Annotate),
    ];

    /// <summary>The word for a kind.</summary>
    public static string Of(EventKind kind) => Yaml.YamlWords.Of(Kinds, kind);

    /// <summary>The word for an effect.</summary>
    public static string Of(EventEffect effect) => Yaml.YamlWords.Of(Effects, effect);
}
