using MonitorsAsCode.Definitions.Events;

namespace MonitorsAsCode.Rendering.Site;

/// <summary>A known event as templates show it: <c>campaign-2026-10</c> (campaign, suppress, 2026-10-01 to 2026-10-14) and what happened.</summary>
internal sealed record EventView(string Id, string Kind, string Effect, string Span, string? Description)
{
    /// <summary>The view of a declared event.</summary>
    public static EventView Of(KnownEventDefinition known) =>
        new(known.Id, EventWords.Of(known.Kind), EventWords.Of(known.Effect), EventInstant.Span(known), known.Description);
}
