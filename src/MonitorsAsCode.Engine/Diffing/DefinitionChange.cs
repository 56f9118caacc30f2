namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// One change between two versions of the definitions, e.g. monitor <c>amount-drift</c>'s fail
/// threshold loosened from 0.25 to 0.5.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="Subject">The id of the dataset, monitor or gate that changed.</param>
/// <param name="Field">The field that changed, as written in YAML (<c>fail</c>, <c>columns.amount</c>, <c>snapshots.current</c>); null for a whole definition added or removed.</param>
/// <param name="Before">The old value as text in the metric's unit (<c>0.25</c>, <c>36h</c>), or null when there was none.</param>
/// <param name="After">The new value as text, or null when there is none.</param>
/// <param name="Risk">Whether the change loosens, keeps or tightens the protection the monitors give.</param>
/// <param name="Summary">The change in words without the subject: <c>fail threshold loosened 0.25 → 0.5</c>.</param>
public sealed record DefinitionChange(
    ChangeKind Kind,
    string Subject,
    string? Field,
    string? Before,
    string? After,
    ChangeRisk Risk,
    string Summary);
