namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// The kinds of change between two versions of the definitions. Changes of one subject are listed in
/// this order; <see cref="ChangeWords"/> gives the word each kind is written as.
/// </summary>
public enum ChangeKind
{
    /// <summary>A dataset id appears that was not declared before.</summary>
    DatasetAdded,

    /// <summary>A dataset id is no longer declared.</summary>
    DatasetRemoved,

    /// <summary>A monitor id appears that was not declared before.</summary>
    MonitorAdded,

    /// <summary>A monitor id is no longer declared (risky).</summary>
    MonitorRemoved,

    /// <summary>A gate id appears that was not declared before.</summary>
    GateAdded,

    /// <summary>A gate id is no longer declared, so none of its monitors blocks anything (risky).</summary>
    GateRemoved,

    /// <summary>A monitor now has <c>enabled: false</c> and is skipped (risky).</summary>
    MonitorDisabled,

    /// <summary>A disabled monitor runs again.</summary>
    MonitorEnabled,

    /// <summary>What the monitor checks changed: the check, its dataset, drift bins, a validity range or allowed set, the schema policy.</summary>
    CheckChanged,

    /// <summary>A validity monitor accepts more values: its min lowered, its max raised or removed, a value allowed that was not (risky).</summary>
    RangeLoosened,

    /// <summary>A validity monitor accepts fewer values: its min raised, its max lowered or added, a value no longer allowed.</summary>
    RangeTightened,

    /// <summary>The column (or uniqueness key columns) a monitor checks changed.</summary>
    ColumnChanged,

    /// <summary>The drift method changed.</summary>
    MethodChanged,

    /// <summary>A warn or fail threshold lets more values pass: an upper limit raised, a band widened, a limit removed (risky).</summary>
    ThresholdLoosened,

    /// <summary>A warn or fail threshold lets fewer values pass: an upper limit lowered, a band narrowed, a limit added.</summary>
    ThresholdTightened,

    /// <summary>A threshold changed together with the metric it limits (another check or drift method), so the two cannot be ordered.</summary>
    ThresholdChanged,

    /// <summary>The severity went down (act → investigate → info) (risky).</summary>
    SeverityLowered,

    /// <summary>The severity went up (info → investigate → act).</summary>
    SeverityRaised,

    /// <summary>The owner of a monitor or dataset changed.</summary>
    OwnerChanged,

    /// <summary>A monitor no longer names a runbook (risky).</summary>
    RunbookRemoved,

    /// <summary>A monitor names a runbook where it named none.</summary>
    RunbookAdded,

    /// <summary>A monitor names another runbook.</summary>
    RunbookChanged,

    /// <summary>The description of a dataset, monitor or gate changed.</summary>
    DescriptionChanged,

    /// <summary>A monitor was taken out of a gate (risky).</summary>
    GateMemberRemoved,

    /// <summary>A monitor was added to a gate.</summary>
    GateMemberAdded,

    /// <summary>A dataset declares a new column.</summary>
    DatasetColumnAdded,

    /// <summary>A dataset no longer declares a column.</summary>
    DatasetColumnRemoved,

    /// <summary>A declared column's type changed.</summary>
    DatasetColumnTypeChanged,

    /// <summary>A declared column's role changed.</summary>
    DatasetColumnRoleChanged,

    /// <summary>A dataset's reference or current snapshot path, or its <c>captured_at</c>, changed.</summary>
    SnapshotsChanged,

    /// <summary>A blocking gate became advisory, so its failure no longer fails the run (risky).</summary>
    GateMadeAdvisory,

    /// <summary>An advisory gate became blocking.</summary>
    GateMadeBlocking,

    /// <summary>An SLO id appears that was not declared before.</summary>
    SloAdded,

    /// <summary>An SLO id is no longer declared, so nothing watches its budget (risky).</summary>
    SloRemoved,

    /// <summary>An SLO promises less: its objective lowered, so its error budget grew (risky).</summary>
    ObjectiveLowered,

    /// <summary>An SLO promises more: its objective raised.</summary>
    ObjectiveRaised,

    /// <summary>What an SLO measures or over which window changed: indicator, window, budgeting, time slice, dataset, service.</summary>
    SloChanged,

    /// <summary>An SLO no longer pages or opens tickets, or a page or ticket lost its runbook (risky).</summary>
    AlertRemoved,

    /// <summary>An SLO pages or opens tickets where it did not.</summary>
    AlertAdded,

    /// <summary>How an SLO alerts changed otherwise: alert name, labels, annotations, burn-rate windows.</summary>
    AlertChanged,

    /// <summary>A maintenance window now mutes an SLO's alerts, or mutes them for longer (risky).</summary>
    AlertsMuted,

    /// <summary>A maintenance window that muted an SLO's alerts was removed or shortened.</summary>
    AlertsUnmuted,

    /// <summary>A runbook is declared in the <c>runbooks:</c> list that was not before.</summary>
    RunbookDefinitionAdded,

    /// <summary>A runbook of the <c>runbooks:</c> list is no longer declared.</summary>
    RunbookDefinitionRemoved,

    /// <summary>The text of a declared runbook changed: its title, meaning, causes, mitigations, diagnostics or escalation.</summary>
    RunbookDefinitionChanged,

    /// <summary>A known event that does not suppress was declared (it annotates, or leaves windows out of baselines).</summary>
    EventAdded,

    /// <summary>A known event that did not suppress is no longer declared.</summary>
    EventRemoved,

    /// <summary>
    /// A known event now suppresses more: a suppressing event added, started earlier, ended later, touching more datasets,
    /// or an event's effect changed to <c>suppress</c>; failures in that time no longer fail runs or page (risky).
    /// </summary>
    SuppressionWidened,

    /// <summary>A known event suppresses less: a suppressing event removed, shortened, touching fewer datasets, or no longer suppressing.</summary>
    SuppressionNarrowed,

    /// <summary>A known event changed otherwise: its kind, description, or the span or datasets of an event that does not suppress.</summary>
    EventChanged,
}
