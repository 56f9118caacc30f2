namespace MonitorsAsCode.Engine.Diffing;

/// <summary>The words every rendering of a diff uses for change kinds and risks.</summary>
public static class ChangeWords
{
    /// <summary>The kind as a lower-case, hyphenated word: <c>threshold-loosened</c>, <c>gate-member-removed</c>.</summary>
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.DatasetAdded => "dataset-added",
        ChangeKind.DatasetRemoved => "dataset-removed",
        ChangeKind.MonitorAdded => "monitor-added",
        ChangeKind.MonitorRemoved => "monitor-removed",
        ChangeKind.GateAdded => "gate-added",
        ChangeKind.GateRemoved => "gate-removed",
        ChangeKind.MonitorDisabled => "monitor-disabled",
        ChangeKind.MonitorEnabled => "monitor-enabled",
        ChangeKind.ThresholdLoosened => "threshold-loosened",
        ChangeKind.ThresholdTightened => "threshold-tightened",
        ChangeKind.ThresholdChanged => "threshold-changed",
        ChangeKind.SeverityLowered => "severity-lowered",
        ChangeKind.SeverityRaised => "severity-raised",
        ChangeKind.CheckChanged => "check-changed",
        ChangeKind.ColumnChanged => "column-changed",
        ChangeKind.MethodChanged => "method-changed",
        ChangeKind.OwnerChanged => "owner-changed",
        ChangeKind.RunbookRemoved => "runbook-removed",
        ChangeKind.RunbookAdded => "runbook-added",
        ChangeKind.RunbookChanged => "runbook-changed",
        ChangeKind.DescriptionChanged => "description-changed",
        ChangeKind.GateMemberRemoved => "gate-member-removed",
        ChangeKind.GateMemberAdded => "gate-member-added",
        ChangeKind.DatasetColumnAdded => "dataset-column-added",
        ChangeKind.DatasetColumnRemoved => "dataset-column-removed",
        ChangeKind.DatasetColumnTypeChanged => "dataset-column-type-changed",
        ChangeKind.DatasetColumnRoleChanged => "dataset-column-role-changed",
        ChangeKind.SnapshotsChanged => "snapshots-changed",
        ChangeKind.RangeLoosened => "range-loosened",
        ChangeKind.RangeTightened => "range-tightened",
        ChangeKind.GateMadeAdvisory => "gate-made-advisory",
        ChangeKind.GateMadeBlocking => "gate-made-blocking",
        ChangeKind.SloAdded => "slo-added",
        ChangeKind.SloRemoved => "slo-removed",
        ChangeKind.ObjectiveLowered => "objective-lowered",
        ChangeKind.ObjectiveRaised => "objective-raised",
        ChangeKind.SloChanged => "slo-changed",
        ChangeKind.AlertRemoved => "alert-removed",
        ChangeKind.AlertAdded => "alert-added",
        ChangeKind.AlertChanged => "alert-changed",
        ChangeKind.AlertsMuted => "alerts-muted",
        ChangeKind.AlertsUnmuted => "alerts-unmuted",
        ChangeKind.RunbookDefinitionAdded => "runbook-definition-added",
        ChangeKind.RunbookDefinitionRemoved => "runbook-definition-removed",
        ChangeKind.RunbookDefinitionChanged => "runbook-definition-changed",
        ChangeKind.EventAdded => "event-added",
        ChangeKind.EventRemoved => "event-removed",
        ChangeKind.SuppressionWidened => "suppression-widened",
        ChangeKind.SuppressionNarrowed => "suppression-narrowed",
        ChangeKind.EventChanged => "event-changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change kind."),
    };

    /// <summary>The risk as a word: <c>risky</c>, <c>neutral</c>, <c>tightening</c>.</summary>
    public static string Of(ChangeRisk risk) => risk switch
    {
        ChangeRisk.Risky => "risky",
        ChangeRisk.Neutral => "neutral",
        ChangeRisk.Tightening => "tightening",
        _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, "Unknown change risk."),
    };
}
