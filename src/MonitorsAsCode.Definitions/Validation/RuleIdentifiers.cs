namespace MonitorsAsCode.Definitions.Validation;

/// <summary>
/// The stable ids of the validation rules. An id never changes meaning and is never reused; each has
/// a page at <c>docs/rules/&lt;id&gt;.md</c>.
/// </summary>
public static class RuleIdentifiers
{
    /// <summary>The file is not valid YAML (including duplicate keys in one mapping).</summary>
    public const string YamlSyntax = "MAC0001";

    /// <summary>A key that the definition does not have, or that does not apply to its check.</summary>
    public const string UnknownKey = "MAC0002";

    /// <summary>A value of the wrong type or outside the allowed words.</summary>
    public const string WrongValueType = "MAC0003";

    /// <summary>A required field is missing.</summary>
    public const string MissingRequiredField = "MAC0004";

    /// <summary>Two definitions of the same kind share an id, or a dataset declares a column twice.</summary>
    public const string DuplicateId = "MAC0005";

    /// <summary>A monitor names a dataset that is not declared.</summary>
    public const string UnknownDataset = "MAC0006";

    /// <summary>A monitor names a column its dataset does not declare.</summary>
    public const string UnknownColumn = "MAC0007";

    /// <summary>A threshold the metric can never reach.</summary>
    public const string ThresholdOutOfRange = "MAC0008";

    /// <summary>The warn threshold is as strict as, or stricter than, the fail threshold.</summary>
    public const string ThresholdsReversed = "MAC0009";

    /// <summary>A monitor of severity act has no runbook.</summary>
    public const string RunbookRequired = "MAC0010";

    /// <summary>A gate names a monitor that is not declared.</summary>
    public const string UnknownGateMonitor = "MAC0011";

    /// <summary>The check or drift method does not apply to the column's type.</summary>
    public const string NotApplicableToColumnType = "MAC0012";

    /// <summary>A validity range whose minimum is greater than its maximum, or a threshold band whose lower limit is not below its upper limit.</summary>
    public const string EmptyRange = "MAC0013";

    /// <summary>A check that compares against the reference snapshot, on a dataset that has none.</summary>
    public const string ReferenceSnapshotRequired = "MAC0014";

    /// <summary>A monitor's runbook names neither a declared runbook id nor an existing file.</summary>
    public const string UnknownRunbook = "MAC0015";

    /// <summary>An SLO objective or time-slice target that is not a share strictly between 0 and 1.</summary>
    public const string SloObjectiveOutOfRange = "MAC0016";

    /// <summary>An SLI expression that does not parse, or applies an operator to values of the wrong type.</summary>
    public const string InvalidSliExpression = "MAC0017";

    /// <summary>An SLO window, time slice or burn-rate window that does not fit the others.</summary>
    public const string SloWindowsInconsistent = "MAC0018";

    /// <summary>An SLO page alert without a runbook.</summary>
    public const string SloPageRunbookRequired = "MAC0019";

    /// <summary>An SLO on a dataset that declares no event_time column to window events by.</summary>
    public const string SloEventTimeRequired = "MAC0020";

    /// <summary>A gate naming an undeclared SLO, or an SLO judged by an undeclared monitor.</summary>
    public const string UnknownSloReference = "MAC0021";

    /// <summary>A drift option that has no effect with the monitor's method or shape (thresholds under auto, bins for a test on raw values, a correction for one column).</summary>
    public const string DriftOptionNotApplicable = "MAC0022";

    /// <summary>An id or service outside the id grammar, a label, annotation or alert name Prometheus does not accept, or a label or annotation the generated alert rules set themselves.</summary>
    public const string InvalidName = "MAC0023";

    /// <summary>A path in the definitions (a snapshot, a runbook file, a definitions file) that leaves the definitions folder and the data roots, or names something other than a regular file.</summary>
    public const string PathOutsideDataRoot = "MAC0024";

    /// <summary>An SLO's Prometheus query that promtool would refuse, or that does not give an instant vector or a scalar.</summary>
    public const string InvalidPrometheusQuery = "MAC0025";

    /// <summary>A <c>docs_url</c> or <c>runbook_base_url</c> (or the analyzer's <c>MonitorsDocsUrl</c> property) that is not an absolute http(s) address, or set twice to different addresses.</summary>
    public const string InvalidLinkBase = "MAC0026";

    /// <summary>A <c>history:</c> store that is not a file name or an <c>env:NAME</c> PostgreSQL connection (a connection string written in the definitions), or that is set twice to different stores.</summary>
    public const string InvalidHistoryStore = "MAC0027";
    /// <summary>A reference relative to the judged window on a dataset with no timestamp or date column of role event_time to place rows in time.</summary>
    public const string ReferenceWindowEventTimeRequired = "MAC0028";

    /// <summary>A reference window that cannot be read: not a positive window, a negative offset, weeks out of range, a fixed reference beside it, or a current source that is not Parquet partitions.</summary>
    public const string InvalidReferenceWindow = "MAC0029";

    /// <summary>A baseline option that does not fit the monitor: seasonality for a method without seasons, a baseline on a check with no value to compare, limits written both as deviations and as a change, or a limit that is not a positive number.</summary>
    public const string BaselineOptionNotApplicable = "MAC0030";

    /// <summary>A baseline asking for less history than its method needs: min_history below the method's minimum, or a window shorter than the seasons it compares.</summary>
    public const string BaselineHistoryTooShort = "MAC0031";

    /// <summary>A <c>for:</c> that is not a duration or a window count, or a <c>recover:</c> on the wrong side of the fail limit (or with no one-sided fail limit to recover from).</summary>
    public const string SustainOrRecoveryInvalid = "MAC0032";

    /// <summary>A known event whose end (<c>to</c>) is not after its start (<c>from</c>).</summary>
    public const string EventEndsBeforeStart = "MAC0033";

    /// <summary>A performance option that does not fit the metric: a <c>threshold</c> on a metric that judges every threshold, <c>costs</c> on a metric other than cost, <c>bins</c> other than for ECE, <c>tolerance</c> other than for within-tolerance, or a negative tolerance.</summary>
    public const string PerformanceOptionNotApplicable = "MAC0034";

    /// <summary>A performance or label-coverage monitor on a dataset with no label column (role label or <c>labels:</c>) or no prediction column.</summary>
    public const string LabelsRequired = "MAC0035";

    /// <summary>A <c>labels:</c> block that cannot be read: a separate snapshot without <c>id</c>, an <c>id</c> without a snapshot, a <c>mature_after</c> that is not positive or has no event time to measure a prediction's age from, or a label time that is not a time.</summary>
    public const string InvalidLabelSource = "MAC0036";
}
