using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Every validation rule, shared by the YAML loader, the validator, the runner and the analyzer.</summary>
public static class DefinitionRules
{
    /// <summary>MAC0001.</summary>
    public static readonly DiagnosticRule YamlSyntax = new(RuleIdentifiers.YamlSyntax, "Invalid YAML", DiagnosticSeverity.Error);

    /// <summary>MAC0002.</summary>
    public static readonly DiagnosticRule UnknownKey = new(RuleIdentifiers.UnknownKey, "Unknown key", DiagnosticSeverity.Error);

    /// <summary>MAC0003.</summary>
    public static readonly DiagnosticRule WrongValueType = new(RuleIdentifiers.WrongValueType, "Wrong value type", DiagnosticSeverity.Error);

    /// <summary>MAC0004.</summary>
    public static readonly DiagnosticRule MissingRequiredField = new(RuleIdentifiers.MissingRequiredField, "Missing required field", DiagnosticSeverity.Error);

    /// <summary>MAC0005.</summary>
    public static readonly DiagnosticRule DuplicateId = new(RuleIdentifiers.DuplicateId, "Duplicate id", DiagnosticSeverity.Error);

    /// <summary>MAC0006.</summary>
    public static readonly DiagnosticRule UnknownDataset = new(RuleIdentifiers.UnknownDataset, "Unknown dataset", DiagnosticSeverity.Error);

    /// <summary>MAC0007.</summary>
    public static readonly DiagnosticRule UnknownColumn = new(RuleIdentifiers.UnknownColumn, "Unknown column", DiagnosticSeverity.Error);

    /// <summary>MAC0008.</summary>
    public static readonly DiagnosticRule ThresholdOutOfRange = new(RuleIdentifiers.ThresholdOutOfRange, "Threshold outside the metric's range", DiagnosticSeverity.Error);

    /// <summary>MAC0009.</summary>
    public static readonly DiagnosticRule ThresholdsReversed = new(RuleIdentifiers.ThresholdsReversed, "Warn threshold not less strict than fail", DiagnosticSeverity.Error);

    /// <summary>MAC0010.</summary>
    public static readonly DiagnosticRule RunbookRequired = new(RuleIdentifiers.RunbookRequired, "Act monitor without a runbook", DiagnosticSeverity.Error);

    /// <summary>MAC0011.</summary>
    public static readonly DiagnosticRule UnknownGateMonitor = new(RuleIdentifiers.UnknownGateMonitor, "Gate names an unknown monitor", DiagnosticSeverity.Error);

    /// <summary>MAC0012.</summary>
    public static readonly DiagnosticRule NotApplicableToColumnType = new(RuleIdentifiers.NotApplicableToColumnType, "Check not applicable to the column's type", DiagnosticSeverity.Error);

    /// <summary>MAC0013.</summary>
    public static readonly DiagnosticRule EmptyRange = new(RuleIdentifiers.EmptyRange, "Range is empty", DiagnosticSeverity.Error);

    /// <summary>MAC0014.</summary>
    public static readonly DiagnosticRule ReferenceSnapshotRequired = new(RuleIdentifiers.ReferenceSnapshotRequired, "Reference snapshot required", DiagnosticSeverity.Error);

    /// <summary>MAC0015.</summary>
    public static readonly DiagnosticRule UnknownRunbook = new(RuleIdentifiers.UnknownRunbook, "Unknown runbook", DiagnosticSeverity.Error);

    /// <summary>MAC0016.</summary>
    public static readonly DiagnosticRule SloObjectiveOutOfRange = new(RuleIdentifiers.SloObjectiveOutOfRange, "SLO objective outside (0, 1)", DiagnosticSeverity.Error);

    /// <summary>MAC0017.</summary>
    public static readonly DiagnosticRule InvalidSliExpression = new(RuleIdentifiers.InvalidSliExpression, "Invalid SLI expression", DiagnosticSeverity.Error);

    /// <summary>MAC0018.</summary>
    public static readonly DiagnosticRule SloWindowsInconsistent = new(RuleIdentifiers.SloWindowsInconsistent, "SLO windows do not divide sensibly", DiagnosticSeverity.Error);

    /// <summary>MAC0019.</summary>
    public static readonly DiagnosticRule SloPageRunbookRequired = new(RuleIdentifiers.SloPageRunbookRequired, "Paging SLO alert without a runbook", DiagnosticSeverity.Error);

    /// <summary>MAC0020.</summary>
    public static readonly DiagnosticRule SloEventTimeRequired = new(RuleIdentifiers.SloEventTimeRequired, "SLO dataset without an event-time column", DiagnosticSeverity.Error);

    /// <summary>MAC0021.</summary>
    public static readonly DiagnosticRule UnknownSloReference = new(RuleIdentifiers.UnknownSloReference, "Unknown SLO reference", DiagnosticSeverity.Error);

    /// <summary>MAC0022.</summary>
    public static readonly DiagnosticRule DriftOptionNotApplicable = new(RuleIdentifiers.DriftOptionNotApplicable, "Drift option does not apply", DiagnosticSeverity.Error);

    /// <summary>MAC0023.</summary>
    public static readonly DiagnosticRule InvalidName = new(RuleIdentifiers.InvalidName, "Invalid name", DiagnosticSeverity.Error);

    /// <summary>MAC0024.</summary>
    public static readonly DiagnosticRule PathOutsideDataRoot = new(RuleIdentifiers.PathOutsideDataRoot, "Path outside the definitions folder", DiagnosticSeverity.Error);

    /// <summary>MAC0025.</summary>
    public static readonly DiagnosticRule InvalidPrometheusQuery = new(RuleIdentifiers.InvalidPrometheusQuery, "Invalid Prometheus query", DiagnosticSeverity.Error);

    /// <summary>MAC0026.</summary>
    public static readonly DiagnosticRule InvalidLinkBase = new(RuleIdentifiers.InvalidLinkBase, "Invalid link base address", DiagnosticSeverity.Error);

    /// <summary>MAC0027.</summary>
    public static readonly DiagnosticRule InvalidHistoryStore = new(RuleIdentifiers.InvalidHistoryStore, "Invalid history store", DiagnosticSeverity.Error);
    /// <summary>MAC0028.</summary>
    public static readonly DiagnosticRule ReferenceWindowEventTimeRequired = new(RuleIdentifiers.ReferenceWindowEventTimeRequired, "Reference window without an event-time column", DiagnosticSeverity.Error);

    /// <summary>MAC0029.</summary>
    public static readonly DiagnosticRule InvalidReferenceWindow = new(RuleIdentifiers.InvalidReferenceWindow, "Reference window that cannot be read", DiagnosticSeverity.Error);

    /// <summary>MAC0030.</summary>
    public static readonly DiagnosticRule BaselineOptionNotApplicable = new(RuleIdentifiers.BaselineOptionNotApplicable, "Baseline option does not apply", DiagnosticSeverity.Error);

    /// <summary>MAC0031.</summary>
    public static readonly DiagnosticRule BaselineHistoryTooShort = new(RuleIdentifiers.BaselineHistoryTooShort, "Baseline history too short for its method", DiagnosticSeverity.Error);

    /// <summary>MAC0032.</summary>
    public static readonly DiagnosticRule SustainOrRecoveryInvalid = new(RuleIdentifiers.SustainOrRecoveryInvalid, "Invalid sustained condition or recovery", DiagnosticSeverity.Error);

    /// <summary>MAC0033.</summary>
    public static readonly DiagnosticRule EventEndsBeforeStart = new(RuleIdentifiers.EventEndsBeforeStart, "Known event ends before it starts", DiagnosticSeverity.Error);

    /// <summary>MAC0034.</summary>
    public static readonly DiagnosticRule PerformanceOptionNotApplicable = new(RuleIdentifiers.PerformanceOptionNotApplicable, "Performance option does not fit the metric", DiagnosticSeverity.Error);

    /// <summary>MAC0035.</summary>
    public static readonly DiagnosticRule LabelsRequired = new(RuleIdentifiers.LabelsRequired, "Labels or predictions required", DiagnosticSeverity.Error);

    /// <summary>MAC0036.</summary>
    public static readonly DiagnosticRule InvalidLabelSource = new(RuleIdentifiers.InvalidLabelSource, "Invalid label source", DiagnosticSeverity.Error);

    /// <summary>All rules, by id.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } =
    [
        YamlSyntax, UnknownKey, WrongValueType, MissingRequiredField, DuplicateId, UnknownDataset, UnknownColumn,
        ThresholdOutOfRange, ThresholdsReversed, RunbookRequired, UnknownGateMonitor, NotApplicableToColumnType,
        EmptyRange, ReferenceSnapshotRequired, UnknownRunbook,
        SloObjectiveOutOfRange, InvalidSliExpression, SloWindowsInconsistent, SloPageRunbookRequired, SloEventTimeRequired, UnknownSloReference,
        DriftOptionNotApplicable, InvalidName, PathOutsideDataRoot, InvalidPrometheusQuery,
        InvalidLinkBase, InvalidHistoryStore, ReferenceWindowEventTimeRequired, InvalidReferenceWindow,
        BaselineOptionNotApplicable, BaselineHistoryTooShort, SustainOrRecoveryInvalid,
        EventEndsBeforeStart,
        PerformanceOptionNotApplicable, LabelsRequired, InvalidLabelSource,
    ];
}
