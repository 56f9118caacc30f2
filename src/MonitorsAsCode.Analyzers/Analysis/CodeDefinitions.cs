using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Building;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Analysis;

/// <summary>
/// Builds the definition records that C# definition chains describe, as <see cref="MonitorBuilder"/> would
/// at run time, with each field located at its argument. What is not constant is left out and recorded
/// as unknown, so rules that would need it stay silent rather than guess.
/// </summary>
internal sealed partial class CodeDefinitions
{
    /// <summary>
    /// Stands for a value that exists but is not a constant (a snapshot path, a runbook). It has the shape
    /// of a relative file path, so rules that judge the value's form take it as written correctly.
    /// </summary>
    private const string NotConstant = "./not-a-constant";

    private readonly LocationTable table;
    private readonly List<DatasetDefinition> datasets = [];
    private readonly List<MonitorDefinition> monitors = [];
    private readonly List<GateDefinition> gates = [];
    private readonly List<SloDefinition> slos = [];
    private readonly List<Definitions.History.HistoryStoreSetting> historyStores = [];
    private readonly List<Definitions.Events.KnownEventDefinition> events = [];
    private readonly HashSet<string> incomplete = new(StringComparer.Ordinal);
    private readonly HashSet<string> openDatasets = new(StringComparer.Ordinal);
    private readonly List<DefinitionDiagnostic> builderProblems = [];

    private CodeDefinitions(LocationTable table)
    {
        this.table = table;
    }

    public DefinitionSet Set => new(datasets, monitors, gates) { Slos = slos, HistoryStores = historyStores, Events = events };

    /// <summary>Ids that are referenced but not built (a dataset named by a non-constant), and columns of datasets not fully known.</summary>
    public IReadOnlyCollection<string> Incomplete => incomplete;

    /// <summary>Whether some definition has an id that is not constant, so references to undeclared ids may be to it.</summary>
    public bool ReferencesMayBeMissing { get; private set; }

    /// <summary>Problems the builder reports itself (a dataset without snapshots).</summary>
    public IReadOnlyList<DefinitionDiagnostic> BuilderProblems => builderProblems;

    /// <summary>Builds every chain, in source order (file, then position), so "first declared" means first in the source.</summary>
    public static CodeDefinitions Build(IEnumerable<DefinitionChain> chains, LocationTable table)
    {
        var ordered = new List<DefinitionChain>(chains);
        ordered.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a.FilePath, b.FilePath);
            return order != 0 ? order : a.Position.CompareTo(b.Position);
        });

        var definitions = new CodeDefinitions(table);
        foreach (var chain in ordered)
        {
            definitions.Add(chain);
        }

        definitions.MarkColumnsOfOpenDatasets();
        return definitions;
    }

    /// <summary>The diagnostics of one monitor or SLO judged alone: the rules that need nothing but it (thresholds, runbooks, ranges, SLO windows).</summary>
    public static IReadOnlyList<FoundDiagnostic> ValidateAlone(DefinitionChain chain)
    {
        var table = new LocationTable();
        var definitions = new CodeDefinitions(table);
        definitions.Add(chain);
        if (definitions.monitors.Count == 0 && definitions.slos.Count == 0)
        {
            return [];
        }

        var found = new List<FoundDiagnostic>();
        var alone = new DefinitionSet([], definitions.monitors, []) { Slos = definitions.slos };
        foreach (var diagnostic in DefinitionValidator.Validate(alone, referencesMayBeMissing: true))
        {
            if (table.Find(diagnostic.Location) is { } location)
            {
                found.Add(new FoundDiagnostic(diagnostic.Rule, diagnostic.Message, location, inCode: true, fromBuilder: false));
            }
        }

        return found;
    }

    private void Add(DefinitionChain chain)
    {
        switch (chain.Head.Name)
        {
            case "Dataset":
                AddDataset(chain);
                break;
            case "Gate":
                AddGate(chain);
                break;
            case "Slo":
            case "MonitorSlo":
                AddSlo(chain);
                break;
            case "HistoryStore":
            case "HistoryPostgres":
                AddHistoryStore(chain.Head);
                break;
            case "Event":
                AddEvent(chain);
                break;
            default:
                AddMonitor(chain);
                break;
        }
    }

    /// <summary>
    /// A history store named in C#, when its argument is a constant: the rules on its text (MAC0027) need nothing else.
    /// The SQLite path is kept as written; where it leads (MAC0024) is judged on disk by validate and run.
    /// </summary>
    private void AddHistoryStore(DefinitionCall head)
    {
        var postgres = head.Name == "HistoryPostgres";
        var parameter = postgres ? "connection" : "path";
        if (head.Argument(parameter)?.Text is { } text)
        {
            var kind = postgres ? Definitions.History.HistoryStoreKind.Postgres : Definitions.History.HistoryStoreKind.Sqlite;
            historyStores.Add(new Definitions.History.HistoryStoreSetting(kind, text) { Source = new SourceMap(At(head.LocationOf(parameter))) });
        }
    }

    private void AddDataset(DefinitionChain chain)
    {
        var head = chain.Head;
        if (head.Argument("id")?.Text is not { } id)
        {
            ReferencesMayBeMissing = true;
            return;
        }

        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { ["id"] = At(head.LocationOf("id")) };
        var open = chain.IsOpen;
        string? reference = NotConstant;
        string? current = null;
        ReferenceWindow? referenceWindow = null;
        LabelSource? labels = null;
        var columns = new List<ColumnDefinition>();
        foreach (var call in chain.Calls)
        {
            switch (call.Name)
            {
                case "Snapshots":
                    reference = call.Argument("reference") is { IsConstant: true } written ? written.Text : NotConstant;
                    current = call.Argument("current")?.Text ?? NotConstant;
                    fields["snapshots"] = At(call.NameLocation);
                    break;
                case "ReferenceWindow":
                    if (call.Argument("window")?.Number is { } windowSeconds && (call.Argument("offset") is not { } offsetArgument || offsetArgument.Location is null || offsetArgument.Number is not null))
                    {
                        var offsetSeconds = call.Argument("offset")?.Number ?? 0;
                        referenceWindow = ReferenceWindow.Trailing(TimeSpan.FromSeconds(windowSeconds), TimeSpan.FromSeconds(offsetSeconds));
                        fields["snapshots.reference"] = At(call.NameLocation);
                        fields["snapshots.reference.window"] = At(call.LocationOf("window"));
                        fields["snapshots.reference.offset"] = At(call.LocationOf("offset"));
                    }

                    break;
                case "SameWeekdayReference":
                    if (call.Argument("weeks") is not { } weeksArgument || weeksArgument.Location is null || weeksArgument.Number is not null)
                    {
                        referenceWindow = ReferenceWindow.SameWeekday((int)(call.Argument("weeks")?.Number ?? 4));
                        fields["snapshots.reference"] = At(call.NameLocation);
                        fields["snapshots.reference.weeks"] = At(call.LocationOf("weeks"));
                    }

                    break;
                case "Labels":
                case "LabelsFrom":
                    if (call.Argument("label")?.Text is not { } label)
                    {
                        break;
                    }

                    labels = new LabelSource(label)
                    {
                        Snapshot = call.Name == "LabelsFrom" ? call.Argument("snapshot")?.Text ?? NotConstant : null,
                        Id = call.Argument("id")?.Text,
                        LabelTime = call.Argument("labelTime")?.Text,
                        MatureAfter = DurationOf(call.Argument("matureAfter")),
                    };
                    foreach (var (field, parameter) in new[] { ("label", "label"), ("snapshot", "snapshot"), ("id", "id"), ("label_time", "labelTime"), ("mature_after", "matureAfter") })
                    {
                        fields["labels." + field] = At(call.Argument(parameter)?.Location ?? call.NameLocation);
                    }

                    break;
                case "Column":
                    if (call.Argument("name")?.Text is not { } name
                        || call.Argument("type")?.EnumValue is not { } type
                        || call.Argument("role")?.EnumValue is not { } role)
                    {
                        open = true;
                        break;
                    }

                    var columnFields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
                    {
                        ["type"] = At(call.LocationOf("type")),
                        ["role"] = At(call.LocationOf("role")),
                    };
                    columns.Add(new ColumnDefinition(name, (ColumnType)type, (ColumnRole)role) { Source = new SourceMap(At(call.LocationOf("name")), columnFields) });
                    break;
            }
        }

        if (current is null && !open)
        {
            // The builder's own check, so the message is the one MonitorSetLoader reports at run time.
            var probe = new MonitorBuilder();
            probe.Dataset(id);
            foreach (var problem in probe.BuildProblems())
            {
                builderProblems.Add(new DefinitionDiagnostic(problem.Rule, problem.Message, At(head.NameLocation)));
            }
        }

        if (open)
        {
            openDatasets.Add(id);
        }

        datasets.Add(new DatasetDefinition(id, head.Argument("owner")?.Text, new SnapshotPaths(reference, current ?? NotConstant) { ReferenceWindow = referenceWindow }, columns)
        {
            Labels = labels,
            Source = new SourceMap(At(head.NameLocation), fields),
        });
    }

    private void AddMonitor(DefinitionChain chain)
    {
        var head = chain.Head;
        if (!TryCheck(head.Name, out var check))
        {
            return;
        }

        if (head.Argument("id")?.Text is not { } id)
        {
            ReferencesMayBeMissing = true;
            return;
        }

        var headLocation = At(head.NameLocation);
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
        {
            ["id"] = At(head.LocationOf("id")),
            ["dataset"] = At(head.LocationOf("dataset")),
            ["check"] = headLocation,
        };

        var datasetId = head.Argument("dataset")?.Text;
        if (datasetId is null)
        {
            datasetId = "\0" + id;
            incomplete.Add(datasetId);
        }

        var columns = new List<string>();
        foreach (var column in ColumnsOf(head))
        {
            if (column.Text is { } name)
            {
                fields["columns[" + columns.Count.ToString(CultureInfo.InvariantCulture) + "]"] = At(column.Location ?? head.NameLocation);
                columns.Add(name);
            }
        }

        var monitor = new MonitorDefinition(id, datasetId, check) { Columns = columns };
        if (check == CheckKind.Drift)
        {
            var method = head.Argument("method")?.EnumValue;
            monitor = monitor with { Method = method is { } value && Enum.IsDefined(typeof(DriftMethod), value) ? (DriftMethod)value : DriftMethod.Psi };
            fields["method"] = At(head.LocationOf("method"));
        }

        if (check == CheckKind.Performance)
        {
            var metric = head.Argument("metric")?.EnumValue;
            monitor = monitor with { Metric = metric is { } value && Enum.IsDefined(typeof(PerformanceMetric), value) ? (PerformanceMetric)value : null };
            fields["metric"] = At(head.LocationOf("metric"));
        }

        foreach (var call in chain.Calls)
        {
            monitor = Apply(monitor, call, fields);
        }

        if (check is CheckKind.Performance or CheckKind.LabelCoverage)
        {
            // Warn and Fail take one limit in the metric's direction: a floor on AUC or coverage, a cap on a loss or a drop.
            var smallerIsWorse = MetricCatalog.Describe(monitor).SmallerIsWorse;
            monitor = monitor with { Warn = Directed(monitor.Warn, smallerIsWorse), Fail = Directed(monitor.Fail, smallerIsWorse) };
        }

        if (chain.IsOpen)
        {
            // More may be written elsewhere: take every optional field as written, so nothing is called missing.
            foreach (var field in new[] { "warn", "fail", "min", "max", "allowed" })
            {
                if (!fields.ContainsKey(field))
                {
                    fields[field] = headLocation;
                }
            }

            monitor = monitor with { Runbook = monitor.Runbook ?? NotConstant };
        }

        monitors.Add(monitor with { Source = new SourceMap(headLocation, fields) });
    }

    private MonitorDefinition Apply(MonitorDefinition monitor, DefinitionCall call, Dictionary<string, SourceLocation> fields)
    {
        switch (call.Name)
        {
            case "Warn":
                fields["warn"] = At(ArgumentsLocation(call));
                return monitor with { Warn = ThresholdOf(call) };
            case "Fail":
                fields["fail"] = At(ArgumentsLocation(call));
                return monitor with { Fail = ThresholdOf(call) };
            case "WarnBelow":
                fields["warn"] = At(ArgumentsLocation(call));
                return monitor with { Warn = LowerLimitOf(call) };
            case "FailBelow":
                fields["fail"] = At(ArgumentsLocation(call));
                return monitor with { Fail = LowerLimitOf(call) };
            case "Severity":
                fields["severity"] = At(call.LocationOf("severity"));
                return call.Argument("severity")?.EnumValue is { } severity && Enum.IsDefined(typeof(Severity), severity)
                    ? monitor with { Severity = (Severity)severity }
                    : monitor;
            case "Runbook":
                fields["runbook"] = At(call.LocationOf("runbook"));
                return monitor with { Runbook = call.Argument("runbook") is { IsConstant: true } runbook ? runbook.Text : NotConstant };
            case "Owner":
                return monitor with { Owner = call.Argument("owner")?.Text ?? NotConstant };
            case "Disabled":
                return monitor with { Enabled = false };
            case "Bins":
                fields["bins"] = At(call.LocationOf("bins"));
                return call.Argument("bins")?.Number is { } bins ? monitor with { Bins = (int)bins } : monitor;
            case "Range":
                fields["min"] = At(call.LocationOf("min"));
                fields["max"] = At(call.LocationOf("max"));
                return monitor with { Min = call.Argument("min")?.Number, Max = call.Argument("max")?.Number };
            case "Min":
                fields["min"] = At(call.LocationOf("min"));
                return monitor with { Min = call.Argument("min")?.Number };
            case "Max":
                fields["max"] = At(call.LocationOf("max"));
                return monitor with { Max = call.Argument("max")?.Number };
            case "Allowed":
                fields["allowed"] = At(call.NameLocation);
                return monitor with { Allowed = TextsOf(call.Argument("values")) };
            case "AllowedFromReference":
                fields["allowed"] = At(call.NameLocation);
                return monitor with { AllowedFromReference = true };
            case "Prediction":
                if (call.Argument("column")?.Text is { } prediction)
                {
                    fields["columns[0]"] = At(call.LocationOf("column"));
                    return monitor with { Columns = [prediction] };
                }

                return monitor;
            case "Threshold":
                fields["threshold"] = At(call.LocationOf("score"));
                return monitor with { DecisionThreshold = call.Argument("score")?.Number };
            case "Costs":
                fields["costs"] = At(ArgumentsLocation(call));
                return call.Argument("falsePositive")?.Number is { } falsePositive && call.Argument("falseNegative")?.Number is { } falseNegative
                    ? monitor with { Costs = new PerformanceCosts(falsePositive, falseNegative) }
                    : monitor;
            case "Tolerance":
                fields["tolerance"] = At(call.LocationOf("distance"));
                return monitor with { Tolerance = call.Argument("distance")?.Number };
            case "Relative":
                fields["relative"] = At(call.NameLocation);
                return monitor with { Relative = true };
            case "MinLabels":
                fields["min_labels"] = At(call.LocationOf("count"));
                return call.Argument("count")?.Number is { } count ? monitor with { MinLabels = (int)count } : monitor;
            case "UnexpectedColumns":
                return call.Argument("policy")?.EnumValue is { } policy && Enum.IsDefined(typeof(UnexpectedColumns), policy)
                    ? monitor with { UnexpectedColumns = (UnexpectedColumns)policy }
                    : monitor;
            default:
                return ApplyHistoryOption(monitor, call, fields);
        }
    }

    /// <summary>An upper limit (<c>limit</c>), a duration (<c>age</c>, in seconds) or a band (<c>below</c>, <c>above</c>); null when not constant.</summary>
    private static Threshold? ThresholdOf(DefinitionCall call)
    {
        if (call.Argument("limit") is { } limit)
        {
            return limit.Number is { } value ? Threshold.AtMost(value) : null;
        }

        if (call.Argument("age") is { } age)
        {
            return age.Number is { } seconds ? Threshold.AtMost(seconds) : null;
        }

        var below = call.Argument("below");
        var above = call.Argument("above");
        if (below is { IsConstant: false } || above is { IsConstant: false })
        {
            return null;
        }

        return new Threshold(below?.Number, above?.Number);
    }

    /// <summary>A one-number limit turned the metric's way: a lower limit when a smaller value is worse.</summary>
    private static Threshold? Directed(Threshold? limit, bool smallerIsWorse) =>
        limit is { Below: null, Above: { } value } && smallerIsWorse ? Threshold.AtLeast(value) : limit;

    /// <summary>A lower limit (<c>WarnBelow(0.05)</c> on a p-value); null when not constant.</summary>
    private static Threshold? LowerLimitOf(DefinitionCall call) =>
        call.Argument("limit")?.Number is { } value ? Threshold.AtLeast(value) : null;

    /// <summary>The span of the arguments written (both limits of a band), or the method name when none were.</summary>
    private static Location ArgumentsLocation(DefinitionCall call)
    {
        Location? first = null;
        Location? last = null;
        foreach (var argument in call.Arguments.Values)
        {
            if (argument.Location is not { } location || !location.IsInSource)
            {
                continue;
            }

            if (first is null || location.SourceSpan.Start < first.SourceSpan.Start)
            {
                first = location;
            }

            if (last is null || location.SourceSpan.End > last.SourceSpan.End)
            {
                last = location;
            }
        }

        if (first is null || last is null || first.SourceTree is null)
        {
            return call.NameLocation;
        }

        return ReferenceEquals(first, last) ? first : Location.Create(first.SourceTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(first.SourceSpan.Start, last.SourceSpan.End));
    }

    private static IEnumerable<ArgumentReading> ColumnsOf(DefinitionCall head)
    {
        if (head.Argument("column") is { } column)
        {
            yield return column;
        }

        if (head.Argument("columns")?.Elements is { } elements)
        {
            foreach (var element in elements)
            {
                yield return element;
            }
        }
    }

    private static IReadOnlyList<string>? TextsOf(ArgumentReading? list)
    {
        var texts = new List<string>();
        if (list?.Elements is { } elements)
        {
            foreach (var element in elements)
            {
                texts.Add(element.Text ?? NotConstant);
            }
        }

        return texts;
    }

    private static bool TryCheck(string name, out CheckKind check)
    {
        switch (name)
        {
            case "Drift": check = CheckKind.Drift; return true;
            case "Completeness": check = CheckKind.Completeness; return true;
            case "Validity": check = CheckKind.Validity; return true;
            case "Uniqueness": check = CheckKind.Uniqueness; return true;
            case "Volume": check = CheckKind.Volume; return true;
            case "Freshness": check = CheckKind.Freshness; return true;
            case "Schema": check = CheckKind.Schema; return true;
            case "Performance": check = CheckKind.Performance; return true;
            case "LabelCoverage": check = CheckKind.LabelCoverage; return true;
            default: check = default; return false;
        }
    }

    /// <summary>
    /// An SLO as <c>MonitorBuilder.Slo</c> or <c>MonitorSlo</c> and the <c>SloBuilder</c> calls on it would build it, each
    /// field located at its argument. What is not constant is left out: an unknown window or slice is not
    /// judged, an unknown expression is taken as <c>true</c>, an unknown dataset or monitor as already reported.
    /// </summary>
    private void AddSlo(DefinitionChain chain)
    {
        var head = chain.Head;
        if (head.Argument("id")?.Text is not { } id)
        {
            ReferencesMayBeMissing = true;
            return;
        }

        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
        {
            ["id"] = At(head.LocationOf("id")),
            ["objective"] = At(head.LocationOf("objective")),
            ["window"] = At(head.LocationOf("window")),
        };

        var (indicator, datasetId, slice, sliceKnown) = SloHead(head, id, fields);

        var window = DurationOf(head.Argument("window")) is { } rolling ? SloWindow.Rolling(rolling) : (SloWindow?)null;
        var slo = new SloDefinition(id, indicator, head.Argument("objective")?.Number ?? 0.5, default)
        {
            DatasetId = datasetId,
            Budgeting = head.Name == "MonitorSlo" ? BudgetingMethod.Timeslices : BudgetingMethod.Occurrences,
        };

        var alerting = new SloAlertingReading();
        foreach (var call in chain.Calls)
        {
            switch (call.Name)
            {
                case "Total":
                    slo = slo with { Indicator = slo.Indicator with { Total = ExpressionOf(call.Argument("expression"), "indicator.total", fields) } };
                    break;
                case "Prometheus" when PrometheusOf(call, fields) is { } queries:
                    slo = slo with { Indicator = slo.Indicator with { Prometheus = queries } };
                    break;
                case "Prometheus":
                    break;
                case "Calendar":
                    fields["window"] = At(call.LocationOf("period"));
                    window = call.Argument("period")?.EnumValue is { } period && Enum.IsDefined(typeof(CalendarPeriod), period)
                        ? SloWindow.Of((CalendarPeriod)period)
                        : null;
                    break;
                case "TimeSlices":
                    slo = slo with { Budgeting = BudgetingMethod.Timeslices, TimeSliceTarget = call.Argument("target")?.Number };
                    slice = DurationOf(call.Argument("slice"));
                    sliceKnown = slice is not null;
                    fields["time_slice"] = At(call.LocationOf("slice"));
                    fields["time_slice_target"] = At(call.LocationOf("target"));
                    break;
                case "BudgetRemaining":
                    var warn = call.Argument("warn");
                    var fail = call.Argument("fail");
                    var known = warn is { IsConstant: true } && fail is { IsConstant: true };
                    slo = slo with { BudgetRemainingWarn = known ? warn?.Number : null, BudgetRemainingFail = known ? fail?.Number : null };
                    fields["budget_remaining.warn"] = At(call.LocationOf("warn"));
                    fields["budget_remaining.fail"] = At(call.LocationOf("fail"));
                    break;
                default:
                    alerting.Read(call, fields, this);
                    break;
            }
        }

        // Not judged without a constant window: one every whole slice and every burn-rate window fits in.
        slo = slo with { Window = window ?? SloWindow.Rolling(UnjudgedWindow(sliceKnown ? slice : null)), TimeSlice = slice };
        if (!chain.IsOpen)
        {
            // Alerting and budgets may be changed where the analyzer cannot see when the SLO escapes: not judged then.
            slo = slo with { Alerting = alerting.Build() };
        }
        else
        {
            slo = slo with { BudgetRemainingWarn = null, BudgetRemainingFail = null };
        }

        AddSloBuilderProblems(chain, id, alerting.SetsAlertingWithoutAlert && !chain.IsOpen);
        slos.Add(slo with { Source = new SourceMap(At(head.NameLocation), fields) });
    }

    /// <summary>
    /// What an SLO's first call says: a monitor SLO's monitor and time slice, or a ratio SLO's dataset and good-event
    /// expression (an id that is not constant stands for one already reported, as incomplete); each field at its argument.
    /// </summary>
    private (SloIndicator Indicator, string? DatasetId, TimeSpan? Slice, bool SliceKnown) SloHead(DefinitionCall head, string id, Dictionary<string, SourceLocation> fields)
    {
        if (head.Name == "MonitorSlo")
        {
            var monitorId = head.Argument("monitorId")?.Text;
            if (monitorId is null)
            {
                monitorId = "\0slo:" + id;
                incomplete.Add(monitorId);
            }

            fields["indicator.monitor"] = At(head.LocationOf("monitorId"));
            fields["time_slice"] = At(head.LocationOf("timeSlice"));
            var slice = DurationOf(head.Argument("timeSlice"));
            return (SloIndicator.OfMonitor(monitorId), null, slice, slice is not null);
        }

        var datasetId = head.Argument("dataset")?.Text;
        if (datasetId is null)
        {
            datasetId = "\0slo:" + id;
            incomplete.Add(datasetId);
        }

        fields["dataset"] = At(head.LocationOf("dataset"));
        return (SloIndicator.Ratio(ExpressionOf(head.Argument("good"), "indicator.good", fields)), datasetId, null, true);
    }

    /// <summary>
    /// The queries of a <c>Prometheus(...)</c> call, or null when its total query is not constant: only constant queries
    /// can be checked at compile time; the validator checks the rest when the set is loaded.
    /// </summary>
    private PrometheusQueries? PrometheusOf(DefinitionCall call, Dictionary<string, SourceLocation> fields) =>
        QueryOf(call.Argument("totalQuery"), "indicator.prometheus.total_query", fields) is { } totalQuery
            ? new PrometheusQueries(totalQuery)
            {
                ErrorQuery = QueryOf(call.Argument("errorQuery"), "indicator.prometheus.error_query", fields),
                GoodQuery = QueryOf(call.Argument("goodQuery"), "indicator.prometheus.good_query", fields),
            }
            : null;

    /// <summary>A rolling window long enough for 600,000 whole slices of a known slice, or ten years.</summary>
    private static TimeSpan UnjudgedWindow(TimeSpan? slice) =>
        slice is { Ticks: > 0 } s && s.Ticks % TimeSpan.TicksPerSecond == 0 && s.Ticks <= TimeSpan.TicksPerDay * 366
            ? TimeSpan.FromTicks(s.Ticks * 600_000)
            : TimeSpan.FromDays(3650);

    /// <summary>
    /// The problems <c>SloBuilder</c> reports itself (a time-slice target on a monitor SLO, maintenance times outside a
    /// day, alert settings without a page or ticket), found by making the same calls on a builder so the messages are its own.
    /// </summary>
    private void AddSloBuilderProblems(DefinitionChain chain, string id, bool withoutAlert)
    {
        foreach (var call in chain.Calls)
        {
            MonitorBuilder probe;
            Location at;
            if (call.Name == "TimeSlices" && chain.Head.Name == "MonitorSlo" && call.Argument("target")?.Number is { } target)
            {
                probe = new MonitorBuilder();
                probe.MonitorSlo(id, "probe", TimeSpan.FromDays(1), 0.5, TimeSpan.FromDays(28)).TimeSlices(TimeSpan.FromDays(1), target);
                at = call.LocationOf("target");
            }
            else if (call.Name == "Maintenance" && call.Argument("name")?.Text is { } name
                && DurationOf(call.Argument("start")) is { } start && DurationOf(call.Argument("end")) is { } end)
            {
                probe = new MonitorBuilder();
                probe.Slo(id, "probe", "true", 0.5, TimeSpan.FromDays(1)).Ticket().Maintenance(name, start, end);
                at = SpanOf(call, "start", "end");
            }
            else
            {
                continue;
            }

            foreach (var problem in probe.BuildProblems())
            {
                builderProblems.Add(new DefinitionDiagnostic(problem.Rule, problem.Message, At(at)));
            }
        }

        if (withoutAlert)
        {
            var probe = new MonitorBuilder();
            probe.Slo(id, "probe", "true", 0.5, TimeSpan.FromDays(1)).AlertName("probe");
            foreach (var problem in probe.BuildProblems())
            {
                builderProblems.Add(new DefinitionDiagnostic(problem.Rule, problem.Message, At(chain.Head.NameLocation)));
            }
        }
    }

    /// <summary>An SLI expression: its text, located so that positions inside it can be found; <c>true</c> when not constant.</summary>
    private string ExpressionOf(ArgumentReading? argument, string field, Dictionary<string, SourceLocation> fields)
    {
        if (argument?.Text is { } text && argument.Location is { } location)
        {
            fields[field] = table.AddExpression(location);
            return text;
        }

        return "true";
    }

    private string? QueryOf(ArgumentReading? argument, string field, Dictionary<string, SourceLocation> fields)
    {
        if (argument?.Text is { } text && argument.Location is { } location)
        {
            fields[field] = table.AddExpression(location);
            return text;
        }

        return null;
    }

    /// <summary>A constant duration (read in seconds); null when not constant or not a duration a <see cref="TimeSpan"/> can hold.</summary>
    private static TimeSpan? DurationOf(ArgumentReading? argument)
    {
        if (argument?.Number is not { } seconds || double.IsNaN(seconds))
        {
            return null;
        }

        var ticks = Math.Round(seconds * TimeSpan.TicksPerSecond);
        return ticks > long.MinValue / 2.0 && ticks < long.MaxValue / 2.0 ? TimeSpan.FromTicks((long)ticks) : null;
    }

    /// <summary>An SLO's alerting calls (<c>Page</c>, <c>Ticket</c>, <c>BurnRate</c>, <c>Maintenance</c> and the alert's names and labels).</summary>
    private sealed class SloAlertingReading
    {
        private readonly List<BurnRateWindow> windows = [];
        private readonly List<MaintenanceWindow> maintenance = [];
        private SloAlert? page;
        private SloAlert? ticket;
        private bool any;
        private bool windowsKnown = true;

        public void Read(DefinitionCall call, Dictionary<string, SourceLocation> fields, CodeDefinitions definitions)
        {
            switch (call.Name)
            {
                case "Page":
                case "Ticket":
                    var alert = new SloAlert { Runbook = call.Argument("runbook") is { IsConstant: true } runbook ? runbook.Text : NotConstant };
                    fields["alerting"] = definitions.At(call.NameLocation);
                    if (call.Name == "Page")
                    {
                        page = alert;
                        fields["alerting.page"] = definitions.At(call.LocationOf("runbook"));
                    }
                    else
                    {
                        ticket = alert;
                        fields["alerting.ticket"] = definitions.At(call.NameLocation);
                    }

                    break;
                case "BurnRate":
                    var severity = call.Argument("severity")?.EnumValue;
                    var longWindow = DurationOf(call.Argument("longWindow"));
                    var shortWindow = DurationOf(call.Argument("shortWindow"));
                    var consumed = call.Argument("budgetConsumed")?.Number;
                    if (severity is not { } known || !Enum.IsDefined(typeof(AlertSeverity), known) || longWindow is null || shortWindow is null || consumed is null)
                    {
                        windowsKnown = false;
                        break;
                    }

                    var prefix = "alerting.windows[" + windows.Count.ToString(CultureInfo.InvariantCulture) + "].";
                    fields[prefix + "long"] = definitions.At(SpanOf(call, "longWindow", "shortWindow"));
                    fields[prefix + "budget_consumed"] = definitions.At(call.LocationOf("budgetConsumed"));
                    windows.Add(new BurnRateWindow((AlertSeverity)known, longWindow.Value, shortWindow.Value, consumed.Value));
                    break;
                case "Maintenance":
                    var start = DurationOf(call.Argument("start"));
                    var end = DurationOf(call.Argument("end"));
                    if (call.Argument("name")?.Text is { } name && start is not null && end is not null)
                    {
                        var at = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
                        {
                            ["name"] = definitions.At(call.LocationOf("name")),
                            ["start"] = definitions.At(call.LocationOf("start")),
                            ["end"] = definitions.At(call.LocationOf("end")),
                        };
                        maintenance.Add(new MaintenanceWindow(name, [], start.Value, end.Value) { Source = new SourceMap(definitions.At(call.NameLocation), at) });
                    }

                    break;
                case "AlertName":
                case "AlertLabel":
                case "AlertAnnotation":
                    break;
                default:
                    return;
            }

            any = true;
        }

        /// <summary>Whether alert settings (a name, labels, burn rates, maintenance) are given but neither a page nor a ticket alert.</summary>
        public bool SetsAlertingWithoutAlert => any && page is null && ticket is null;

        public SloAlerting? Build() => any
            ? new SloAlerting
            {
                Page = page,
                Ticket = ticket,
                Windows = !windowsKnown ? [] : windows.Count == 0 ? null : windows.ToArray(),
                Maintenance = maintenance.ToArray(),
            }
            : null;
    }

    /// <summary>The span from the first to the last of <paramref name="parameters"/> as written, or the call's name.</summary>
    private static Location SpanOf(DefinitionCall call, params string[] parameters)
    {
        Location? first = null;
        Location? last = null;
        foreach (var parameter in parameters)
        {
            if (call.Argument(parameter)?.Location is not { IsInSource: true } location)
            {
                continue;
            }

            first = first is null || location.SourceSpan.Start < first.SourceSpan.Start ? location : first;
            last = last is null || location.SourceSpan.End > last.SourceSpan.End ? location : last;
        }

        return first is null || last is null || first.SourceTree is null
            ? call.NameLocation
            : Location.Create(first.SourceTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(first.SourceSpan.Start, last.SourceSpan.End));
    }

    /// <summary>
    /// A known event as <c>MonitorBuilder.Event</c> and the <c>EventBuilder</c> calls on it would build it. A bound that is not
    /// constant leaves the event out (nothing to judge); one that does not read is the builder's own problem, with its message.
    /// </summary>
    private void AddEvent(DefinitionChain chain)
    {
        var head = chain.Head;
        if (head.Argument("id")?.Text is not { } id)
        {
            return;
        }

        var from = head.Argument("from")?.Text;
        var to = head.Argument("to")?.Text;
        var kind = head.Argument("kind")?.EnumValue;
        var effect = head.Argument("effect")?.EnumValue;
        if (from is null || to is null || kind is not { } k || effect is not { } e
            || !Enum.IsDefined(typeof(Definitions.Events.EventKind), k) || !Enum.IsDefined(typeof(Definitions.Events.EventEffect), e))
        {
            return;
        }

        var probe = new MonitorBuilder();
        var probed = probe.Event(id, from, to, (Definitions.Events.EventKind)k, (Definitions.Events.EventEffect)e);
        foreach (var problem in probe.BuildProblems())
        {
            builderProblems.Add(new DefinitionDiagnostic(problem.Rule, problem.Message, At(SpanOf(head, "from", "to"))));
        }

        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
        {
            ["id"] = At(head.LocationOf("id")),
            ["from"] = At(head.LocationOf("from")),
            ["to"] = At(head.LocationOf("to")),
            ["kind"] = At(head.LocationOf("kind")),
            ["effect"] = At(head.LocationOf("effect")),
        };

        var datasetIds = new List<string>();
        var datasetsKnown = true;
        foreach (var call in chain.Calls)
        {
            switch (call.Name)
            {
                case "Datasets":
                    // Each call replaces the list, as EventBuilder.Datasets does.
                    datasetIds.Clear();
                    if (call.Argument("datasetIds")?.Elements is not { } elements)
                    {
                        datasetsKnown = false;
                        break;
                    }

                    foreach (var element in elements)
                    {
                        if (element.Text is { } datasetId)
                        {
                            fields["datasets[" + datasetIds.Count.ToString(CultureInfo.InvariantCulture) + "]"] = At(element.Location ?? call.NameLocation);
                            datasetIds.Add(datasetId);
                        }
                        else
                        {
                            datasetsKnown = false;
                        }
                    }

                    probed.Datasets(datasetIds.ToArray());
                    break;
                case "Description":
                    probed.Description(call.Argument("text")?.Text ?? NotConstant);
                    break;
            }
        }

        var built = probe.ToDefinitionSet().Events;
        if (built.Count != 1)
        {
            return;
        }

        var known = built[0];

        // A dataset list the analyzer cannot read in full is not judged: a dataset named where it cannot see is not unknown.
        events.Add(known with
        {
            Datasets = datasetsKnown && !chain.IsOpen ? datasetIds : [],
            Source = new SourceMap(At(head.NameLocation), fields),
        });
    }

    private void AddGate(DefinitionChain chain)
    {
        var head = chain.Head;
        if (head.Argument("id")?.Text is not { } id)
        {
            return;
        }

        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { ["id"] = At(head.LocationOf("id")) };
        var members = new List<string>();
        if (head.Argument("monitorIds")?.Elements is { } elements)
        {
            foreach (var element in elements)
            {
                if (element.Text is { } member)
                {
                    fields["monitors[" + members.Count.ToString(CultureInfo.InvariantCulture) + "]"] = At(element.Location ?? head.NameLocation);
                    members.Add(member);
                }
            }
        }

        var sloIds = new List<string>();
        foreach (var call in chain.Calls)
        {
            if (call.Name != "Slos")
            {
                continue;
            }

            // Each call replaces the list, as GateBuilder.Slos does.
            sloIds.Clear();
            if (call.Argument("sloIds")?.Elements is { } named)
            {
                foreach (var element in named)
                {
                    if (element.Text is { } sloId)
                    {
                        fields["slos[" + sloIds.Count.ToString(CultureInfo.InvariantCulture) + "]"] = At(element.Location ?? call.NameLocation);
                        sloIds.Add(sloId);
                    }
                }
            }
        }

        gates.Add(new GateDefinition(id, members) { Slos = sloIds, Source = new SourceMap(At(head.NameLocation), fields) });
    }

    /// <summary>Columns of a dataset that is not fully known may be declared where the analyzer cannot see: do not call them unknown.</summary>
    private void MarkColumnsOfOpenDatasets()
    {
        // An SLO's expression and event-time column are judged against its dataset's columns: not against a dataset only partly known.
        for (var i = 0; i < slos.Count; i++)
        {
            var slo = slos[i];
            var monitorDataset = slo.Indicator.Monitor is { } monitorId ? FindMonitor(monitorId)?.DatasetId : null;
            if (slo.DatasetId is { } datasetId && openDatasets.Contains(datasetId))
            {
                var marker = "\0slo:" + slo.Id;
                incomplete.Add(marker);
                slos[i] = slo with { DatasetId = marker };
            }
            else if (monitorDataset is not null && openDatasets.Contains(monitorDataset))
            {
                var marker = "\0slo:" + slo.Id;
                incomplete.Add(marker);
                slos[i] = slo with { Indicator = slo.Indicator with { Monitor = marker } };
            }
        }

        foreach (var monitor in monitors)
        {
            if (openDatasets.Contains(monitor.DatasetId))
            {
                foreach (var column in monitor.Columns)
                {
                    incomplete.Add("column:" + column);
                }
            }
        }
    }

    private MonitorDefinition? FindMonitor(string id)
    {
        foreach (var monitor in monitors)
        {
            if (string.Equals(monitor.Id, id, StringComparison.Ordinal))
            {
                return monitor;
            }
        }

        return null;
    }

    private SourceLocation At(Location location) => table.Add(location);
}
