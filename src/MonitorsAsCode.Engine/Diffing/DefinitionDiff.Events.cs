using MonitorsAsCode.Definitions.Events;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// Known events: a suppressing event that is new or covers more (earlier, later, more datasets, or an effect changed to
/// suppress) is risky, since failures in it stop failing runs and paging; one that covers less tightens.
/// </summary>
public static partial class DefinitionDiff
{
    private static void AddedEvent(List<DefinitionChange> changes, KnownEventDefinition known)
    {
        var kind = known.Effect == EventEffect.Suppress ? ChangeKind.SuppressionWidened : ChangeKind.EventAdded;
        Add(changes, kind, known.Id, null, null, EventText(known), $"event added: {EventText(known)}");
    }

    private static void RemovedEvent(List<DefinitionChange> changes, KnownEventDefinition known)
    {
        var kind = known.Effect == EventEffect.Suppress ? ChangeKind.SuppressionNarrowed : ChangeKind.EventRemoved;
        Add(changes, kind, known.Id, null, EventText(known), null, $"event removed (was {EventText(known)})");
    }

    private static void CompareEvent(List<DefinitionChange> changes, KnownEventDefinition before, KnownEventDefinition after)
    {
        var id = after.Id;
        if (before.Effect != after.Effect)
        {
            var kind = after.Effect == EventEffect.Suppress ? ChangeKind.SuppressionWidened
                : before.Effect == EventEffect.Suppress ? ChangeKind.SuppressionNarrowed
                : ChangeKind.EventChanged;
            var was = EventWords.Of(before.Effect);
            var now = EventWords.Of(after.Effect);
            Add(changes, kind, id, "effect", was, now, $"effect changed {ChangeText.Arrow(was, now)}");
        }

        // A span or dataset change matters for suppression when the event suppresses after the change.
        var suppresses = after.Effect == EventEffect.Suppress && before.Effect == EventEffect.Suppress;
        if (before.From != after.From)
        {
            var kind = !suppresses ? ChangeKind.EventChanged : after.From < before.From ? ChangeKind.SuppressionWidened : ChangeKind.SuppressionNarrowed;
            var verb = after.From < before.From ? "starts earlier" : "starts later";
            Add(changes, kind, id, "from", EventInstant.Format(before.From), EventInstant.Format(after.From), $"event {verb} {ChangeText.Arrow(EventInstant.Format(before.From), EventInstant.Format(after.From))}");
        }

        if (before.To != after.To)
        {
            var kind = !suppresses ? ChangeKind.EventChanged : after.To > before.To ? ChangeKind.SuppressionWidened : ChangeKind.SuppressionNarrowed;
            var verb = after.To > before.To ? "ends later" : "ends earlier";
            Add(changes, kind, id, "to", EventInstant.Format(before.To), EventInstant.Format(after.To), $"event {verb} {ChangeText.Arrow(EventInstant.Format(before.To), EventInstant.Format(after.To))}");
        }

        CompareEventDatasets(changes, before, after, suppresses);
        if (before.Kind != after.Kind)
        {
            Add(changes, ChangeKind.EventChanged, id, "kind", EventWords.Of(before.Kind), EventWords.Of(after.Kind), $"kind changed {ChangeText.Arrow(EventWords.Of(before.Kind), EventWords.Of(after.Kind))}");
        }

        if (!string.Equals(before.Description, after.Description, StringComparison.Ordinal))
        {
            Add(changes, ChangeKind.EventChanged, id, "description", before.Description, after.Description, "description changed");
        }
    }

    /// <summary>More datasets (or every dataset, written as none) widen a suppressing event; fewer narrow it.</summary>
    private static void CompareEventDatasets(List<DefinitionChange> changes, KnownEventDefinition before, KnownEventDefinition after, bool suppresses)
    {
        var was = DatasetsText(before);
        var now = DatasetsText(after);
        if (was == now)
        {
            return;
        }

        var gained = after.Datasets.Count == 0 || before.Datasets.Count > 0 && after.Datasets.Except(before.Datasets, StringComparer.Ordinal).Any();
        var lost = before.Datasets.Count == 0 || after.Datasets.Count > 0 && before.Datasets.Except(after.Datasets, StringComparer.Ordinal).Any();
        if (!suppresses)
        {
            Add(changes, ChangeKind.EventChanged, after.Id, "datasets", was, now, $"datasets changed {ChangeText.Arrow(was, now)}");
            return;
        }

        if (gained)
        {
            Add(changes, ChangeKind.SuppressionWidened, after.Id, "datasets", was, now, $"suppresses more datasets {ChangeText.Arrow(was, now)}");
        }

        if (lost)
        {
            Add(changes, ChangeKind.SuppressionNarrowed, after.Id, "datasets", was, now, $"suppresses fewer datasets {ChangeText.Arrow(was, now)}");
        }
    }

    private static string DatasetsText(KnownEventDefinition known) =>
        known.Datasets.Count == 0 ? "every dataset" : string.Join(", ", known.Datasets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>An event in words: <c>campaign, suppress, 2026-10-01 to 2026-10-14, on fraud-scoring</c>.</summary>
    private static string EventText(KnownEventDefinition known) =>
        $"{EventWords.Of(known.Kind)}, {EventWords.Of(known.Effect)}, {EventInstant.Span(known)}, on {DatasetsText(known)}";
}
