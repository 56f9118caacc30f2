using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// The semantic difference between two versions of the definitions: what a reviewer needs to know
/// about a change to the monitoring, not which lines of YAML moved. Definitions keep their identity
/// by id, so moving a monitor to another file, reordering keys or columns, comments, quoting and
/// flow or block style are no change; values compare as loaded (<c>36h</c> equals <c>1d12h</c>,
/// a default equals the same value written out).
/// </summary>
public static partial class DefinitionDiff
{
    private const int DefaultBins = 10;

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>; both are expected to be valid.</summary>
    public static DefinitionChanges Compare(DefinitionSet before, DefinitionSet after)
    {
        var changes = new List<DefinitionChange>();
        CompareAll(changes, before.Datasets, after.Datasets, d => d.Id, AddedDataset, RemovedDataset, CompareDataset);
        CompareAll(changes, before.Monitors, after.Monitors, m => m.Id, AddedMonitor, RemovedMonitor, CompareMonitor);
        CompareAll(changes, before.Gates, after.Gates, g => g.Id, AddedGate, RemovedGate, CompareGate);
        CompareAll(changes, before.Slos, after.Slos, s => s.Id, AddedSlo, RemovedSlo, CompareSlo);
        CompareAll(changes, before.Runbooks, after.Runbooks, r => r.Id, AddedRunbook, RemovedRunbook, CompareRunbookDefinition);
        CompareAll(changes, before.Events, after.Events, e => e.Id, AddedEvent, RemovedEvent, CompareEvent);

        // OrderBy is stable: changes of one subject and kind keep the order they were found in (warn before fail).
        var ordered = changes
            .OrderBy(c => c.Risk == ChangeRisk.Risky ? 0 : 1)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ToList();
        return new DefinitionChanges(ordered);
    }

    /// <summary>The risk every change of a kind carries.</summary>
    public static ChangeRisk RiskOf(ChangeKind kind) => kind switch
    {
        ChangeKind.MonitorRemoved or ChangeKind.GateRemoved or ChangeKind.MonitorDisabled or ChangeKind.ThresholdLoosened
            or ChangeKind.RangeLoosened or ChangeKind.SeverityLowered or ChangeKind.RunbookRemoved or ChangeKind.GateMemberRemoved
            or ChangeKind.GateMadeAdvisory or ChangeKind.SloRemoved or ChangeKind.ObjectiveLowered or ChangeKind.AlertRemoved
            or ChangeKind.AlertsMuted or ChangeKind.SuppressionWidened => ChangeRisk.Risky,
        ChangeKind.MonitorAdded or ChangeKind.GateAdded or ChangeKind.MonitorEnabled or ChangeKind.ThresholdTightened
            or ChangeKind.RangeTightened or ChangeKind.SeverityRaised or ChangeKind.GateMemberAdded or ChangeKind.GateMadeBlocking
            or ChangeKind.SloAdded or ChangeKind.ObjectiveRaised or ChangeKind.AlertAdded or ChangeKind.AlertsUnmuted
            or ChangeKind.SuppressionNarrowed => ChangeRisk.Tightening,
        _ => ChangeRisk.Neutral,
    };

    private static void CompareAll<T>(
        List<DefinitionChange> changes,
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, string> id,
        Action<List<DefinitionChange>, T> added,
        Action<List<DefinitionChange>, T> removed,
        Action<List<DefinitionChange>, T, T> compare)
    {
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            old.TryAdd(id(item), item);
        }

        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in after)
        {
            if (!current.Add(id(item)))
            {
                continue;
            }

            if (old.TryGetValue(id(item), out var previous))
            {
                compare(changes, previous, item);
            }
            else
            {
                added(changes, item);
            }
        }

        foreach (var pair in old)
        {
            if (!current.Contains(pair.Key))
            {
                removed(changes, pair.Value);
            }
        }
    }

    private static void Add(List<DefinitionChange> changes, ChangeKind kind, string subject, string? field, string? before, string? after, string summary) =>
        changes.Add(new DefinitionChange(kind, subject, field, before, after, RiskOf(kind), summary));

    private static void AddedDataset(List<DefinitionChange> changes, DatasetDefinition dataset) =>
        Add(changes, ChangeKind.DatasetAdded, dataset.Id, null, null, ColumnCount(dataset), "dataset added with " + ColumnCount(dataset));

    private static void RemovedDataset(List<DefinitionChange> changes, DatasetDefinition dataset) =>
        Add(changes, ChangeKind.DatasetRemoved, dataset.Id, null, ColumnCount(dataset), null, "dataset removed (it had " + ColumnCount(dataset) + ")");

    private static void CompareDataset(List<DefinitionChange> changes, DatasetDefinition before, DatasetDefinition after)
    {
        var id = after.Id;
        CompareText(changes, ChangeKind.OwnerChanged, id, "owner", before.Owner, after.Owner, "owner changed");
        CompareText(changes, ChangeKind.DescriptionChanged, id, "description", before.Description, after.Description, null);
        CompareText(changes, ChangeKind.SnapshotsChanged, id, "snapshots.reference", ChangeText.Path(before.Snapshots.Reference), ChangeText.Path(after.Snapshots.Reference), "reference snapshot changed");
        CompareText(changes, ChangeKind.SnapshotsChanged, id, "snapshots.current", ChangeText.Path(before.Snapshots.Current), ChangeText.Path(after.Snapshots.Current), "current snapshot changed");
        CompareText(changes, ChangeKind.SnapshotsChanged, id, "snapshots.reference_window", before.Snapshots.ReferenceWindow?.Describe(), after.Snapshots.ReferenceWindow?.Describe(), "reference window changed");
        if (before.Snapshots.CapturedAt != after.Snapshots.CapturedAt)
        {
            var old = before.Snapshots.CapturedAt is { } b ? ValueFormat.Instant(b) : null;
            var current = after.Snapshots.CapturedAt is { } a ? ValueFormat.Instant(a) : null;
            Add(changes, ChangeKind.SnapshotsChanged, id, "snapshots.captured_at", old, current, "captured_at changed " + ChangeText.Arrow(old, current));
        }

        foreach (var column in before.Columns)
        {
            var field = "columns." + column.Name;
            if (after.FindColumn(column.Name) is not { } now)
            {
                Add(changes, ChangeKind.DatasetColumnRemoved, id, field, ColumnText(column), null, $"column {column.Name} removed (was {ColumnText(column)})");
                continue;
            }

            if (column.Type != now.Type)
            {
                var old = YamlWords.Of(column.Type);
                var current = YamlWords.Of(now.Type);
                Add(changes, ChangeKind.DatasetColumnTypeChanged, id, field + ".type", old, current, $"column {column.Name} type changed {old} → {current}");
            }

            if (column.Role != now.Role)
            {
                var old = YamlWords.Of(YamlWords.Roles, column.Role);
                var current = YamlWords.Of(YamlWords.Roles, now.Role);
                Add(changes, ChangeKind.DatasetColumnRoleChanged, id, field + ".role", old, current, $"column {column.Name} role changed {old} → {current}");
            }
        }

        foreach (var column in after.Columns)
        {
            if (before.FindColumn(column.Name) is null)
            {
                Add(changes, ChangeKind.DatasetColumnAdded, id, "columns." + column.Name, null, ColumnText(column), $"column {column.Name} added ({ColumnText(column)})");
            }
        }
    }

    private static void AddedMonitor(List<DefinitionChange> changes, MonitorDefinition monitor) =>
        Add(changes, ChangeKind.MonitorAdded, monitor.Id, null, null, ChangeText.Monitor(monitor), "monitor added: " + ChangeText.Monitor(monitor));

    private static void RemovedMonitor(List<DefinitionChange> changes, MonitorDefinition monitor) =>
        Add(changes, ChangeKind.MonitorRemoved, monitor.Id, null, ChangeText.Monitor(monitor), null, "monitor removed (was " + ChangeText.Monitor(monitor) + ")");

    private static void CompareMonitor(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        var id = after.Id;
        if (before.Enabled != after.Enabled)
        {
            Add(changes, after.Enabled ? ChangeKind.MonitorEnabled : ChangeKind.MonitorDisabled, id, "enabled", Word(before.Enabled), Word(after.Enabled), after.Enabled ? "monitor enabled" : "monitor disabled");
        }

        if (before.Check != after.Check)
        {
            CompareText(changes, ChangeKind.CheckChanged, id, "check", YamlWords.Of(before.Check), YamlWords.Of(after.Check), "check changed");
        }

        CompareText(changes, ChangeKind.CheckChanged, id, "dataset", before.DatasetId, after.DatasetId, "dataset changed");
        CompareColumns(changes, before, after);
        if (before.Check == CheckKind.Drift && after.Check == CheckKind.Drift)
        {
            CompareDrift(changes, before, after);
        }

        if (before.Check == CheckKind.Validity && after.Check == CheckKind.Validity)
        {
            CompareLimit(changes, id, "min", before.Min, after.Min, tighterWhenLower: false);
            CompareLimit(changes, id, "max", before.Max, after.Max, tighterWhenLower: true);
            CompareAllowed(changes, before, after);
        }

        if (before.Check == CheckKind.Performance && after.Check == CheckKind.Performance)
        {
            ComparePerformance(changes, before, after);
        }

        if (before.Check == CheckKind.Schema && after.Check == CheckKind.Schema && before.UnexpectedColumns != after.UnexpectedColumns)
        {
            CompareText(changes, ChangeKind.CheckChanged, id, "unexpected_columns", YamlWords.Of(YamlWords.UnexpectedColumnPolicies, before.UnexpectedColumns), YamlWords.Of(YamlWords.UnexpectedColumnPolicies, after.UnexpectedColumns), "unexpected_columns changed");
        }

        var beforeMetric = MetricCatalog.Describe(before);
        var afterMetric = MetricCatalog.Describe(after);
        CompareThreshold(changes, id, "warn", before.Warn, beforeMetric, after.Warn, afterMetric);
        CompareThreshold(changes, id, "fail", before.Fail, beforeMetric, after.Fail, afterMetric);
        if (before.Check == CheckKind.Drift && after.Check == CheckKind.Drift)
        {
            var nullShare = MetricCatalog.NullShareChange;
            CompareThreshold(changes, id, "null_share_change.warn", before.NullShareChange?.Warn, nullShare, after.NullShareChange?.Warn, nullShare);
            CompareThreshold(changes, id, "null_share_change.fail", before.NullShareChange?.Fail, nullShare, after.NullShareChange?.Fail, nullShare);
        }

        CompareHistoryOptions(changes, before, after);
        if (before.Severity != after.Severity)
        {
            var old = YamlWords.Of(before.Severity);
            var current = YamlWords.Of(after.Severity);
            var raised = after.Severity > before.Severity;
            Add(changes, raised ? ChangeKind.SeverityRaised : ChangeKind.SeverityLowered, id, "severity", old, current, $"severity {(raised ? "raised" : "lowered")} {old} → {current}");
        }

        CompareText(changes, ChangeKind.OwnerChanged, id, "owner", before.Owner, after.Owner, "owner changed");
        CompareRunbook(changes, id, Blank(before.Runbook), Blank(after.Runbook));
        CompareText(changes, ChangeKind.DescriptionChanged, id, "description", before.Description, after.Description, null);
    }

    private static void CompareColumns(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        if (ColumnKey(before) == ColumnKey(after))
        {
            return;
        }

        var field = before.Column is not null && after.Column is not null ? "column" : "columns";
        var old = ColumnText(before);
        var current = ColumnText(after);
        Add(changes, ChangeKind.ColumnChanged, after.Id, field, old, current, field + " changed " + ChangeText.Arrow(old, current));
    }

    /// <summary>The columns a monitor reads, as a set where order does not matter (a uniqueness key, a dataset drift monitor).</summary>
    private static string? ColumnKey(MonitorDefinition monitor)
    {
        if (monitor.Check != CheckKind.Uniqueness && !monitor.IsDatasetDrift)
        {
            return ColumnText(monitor);
        }

        var columns = monitor.Columns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var roles = monitor.Roles.Distinct().Order();
        return string.Join(", ", columns) + "|" + string.Join(", ", roles) + "|" + Word(monitor.AllColumns);
    }

    /// <summary><c>amount</c>, <c>order_id, channel</c>, <c>all</c> or <c>roles feature, prediction</c>; null for none.</summary>
    private static string? ColumnText(MonitorDefinition monitor)
    {
        var parts = new List<string>();
        if (monitor.AllColumns)
        {
            parts.Add("all");
        }

        if (monitor.Columns.Count > 0)
        {
            parts.Add(string.Join(", ", monitor.Columns));
        }

        if (monitor.Roles.Count > 0)
        {
            parts.Add("roles " + string.Join(", ", monitor.Roles.Select(r => YamlWords.Of(YamlWords.Roles, r))));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>How a drift monitor measures: the method that runs (an omitted one compares as what it stands for) and its settings.</summary>
    private static void CompareDrift(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        var id = after.Id;
        CompareText(changes, ChangeKind.MethodChanged, id, "method", MethodText(before), MethodText(after), "method changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "bins", Count(before.Bins ?? DefaultBins), Count(after.Bins ?? DefaultBins), "bins changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "binning", YamlWords.Of(before.Binning ?? DriftBinning.ReferenceQuantiles), YamlWords.Of(after.Binning ?? DriftBinning.ReferenceQuantiles), "binning changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "edges", Numbers(before.Edges), Numbers(after.Edges), "edges changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "effect", EffectText(before.Effect), EffectText(after.Effect), "effect changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "correction", YamlWords.Of(before.Correction ?? PValueCorrection.BenjaminiHochberg), YamlWords.Of(after.Correction ?? PValueCorrection.BenjaminiHochberg), "correction changed");
    }

    /// <summary>What a performance monitor measures and how: the metric, its options, and how many labels it needs.</summary>
    private static void ComparePerformance(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        var id = after.Id;
        string? Metric(MonitorDefinition m) => m.Metric is { } metric ? YamlWords.Of(metric) : null;
        string? Costs(MonitorDefinition m) => m.Costs is { } c ? $"false_positive {ValueFormat.Number(c.FalsePositive)}, false_negative {ValueFormat.Number(c.FalseNegative)}" : null;
        string? Number(double? value) => value is { } v ? ValueFormat.Number(v) : null;
        CompareText(changes, ChangeKind.CheckChanged, id, "metric", Metric(before), Metric(after), "metric changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "relative", Word(before.Relative), Word(after.Relative), "relative changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "threshold", Number(before.DecisionThreshold), Number(after.DecisionThreshold), "operating threshold changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "costs", Costs(before), Costs(after), "costs changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "tolerance", Number(before.Tolerance), Number(after.Tolerance), "tolerance changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "bins", Number(before.Bins), Number(after.Bins), "bins changed");
        CompareText(changes, ChangeKind.CheckChanged, id, "min_labels", Number(before.MinLabels), Number(after.MinLabels), "min_labels changed");
    }

    private static string? MethodText(MonitorDefinition monitor) => monitor.EffectiveMethod is { } method ? YamlWords.Of(method) : null;

    private static string? EffectText(DriftEffect? effect) => effect is { } e ? YamlWords.Of(e.Method) + " " + ValueFormat.Number(e.Minimum) : null;

    private static string? Numbers(IReadOnlyList<double>? values) => values is null ? null : string.Join(", ", values.Select(ValueFormat.Number));

    private static void CompareAllowed(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        var old = AllowedText(before);
        var current = AllowedText(after);
        if (old == current)
        {
            return;
        }

        if (before.Allowed is null || after.Allowed is null || before.AllowedFromReference || after.AllowedFromReference)
        {
            Add(changes, ChangeKind.CheckChanged, after.Id, "allowed", old, current, "allowed values changed " + ChangeText.Arrow(old, current));
            return;
        }

        var gained = after.Allowed.Except(before.Allowed, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        var lost = before.Allowed.Except(after.Allowed, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (gained.Count > 0)
        {
            parts.Add("added " + string.Join(", ", gained));
        }

        if (lost.Count > 0)
        {
            parts.Add("removed " + string.Join(", ", lost));
        }

        // A value allowed that was not lets more rows pass, whatever else was removed.
        var kind = gained.Count > 0 ? ChangeKind.RangeLoosened : ChangeKind.RangeTightened;
        Add(changes, kind, after.Id, "allowed", old, current, "allowed values " + (gained.Count > 0 ? "loosened" : "tightened") + ": " + string.Join("; ", parts));
    }

    /// <summary>
    /// A validity bound: a min lowered or removed and a max raised or removed accept more values
    /// (loosened); the reverse accepts fewer (tightened).
    /// </summary>
    private static void CompareLimit(List<DefinitionChange> changes, string id, string field, double? before, double? after, bool tighterWhenLower)
    {
        var direction = Direction(before, after, tighterWhenLower);
        if (direction == 0)
        {
            return;
        }

        var old = ChangeText.Number(before);
        var current = ChangeText.Number(after);
        var kind = direction < 0 ? ChangeKind.RangeLoosened : ChangeKind.RangeTightened;
        var summary = (before, after) switch
        {
            (null, _) => $"{field} added: {current}",
            (_, null) => $"{field} removed (was {old})",
            _ => $"{field} {Verb(direction)} {ChangeText.Arrow(old, current)}",
        };
        Add(changes, kind, id, field, old, current, summary);
    }

    private static string? AllowedText(MonitorDefinition monitor)
    {
        if (monitor.AllowedFromReference)
        {
            return "reference";
        }

        return monitor.Allowed is null ? null : string.Join(", ", monitor.Allowed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// An upper limit lowered, a band narrowed or a limit added lets fewer values pass (tightened); the
    /// reverse lets more pass (loosened). A band moved so that one side loosens counts as loosened.
    /// </summary>
    private static void CompareThreshold(List<DefinitionChange> changes, string id, string field, Threshold? before, MetricDescription beforeMetric, Threshold? after, MetricDescription afterMetric)
    {
        if (Nullable.Equals(before, after))
        {
            return;
        }

        var (old, current) = ChangeText.Thresholds(before, beforeMetric.Unit, after, afterMetric.Unit);
        if (beforeMetric != afterMetric)
        {
            Add(changes, ChangeKind.ThresholdChanged, id, field, old, current, $"{field} threshold changed {ChangeText.Arrow(old, current)} with the metric ({beforeMetric.Name} → {afterMetric.Name})");
            return;
        }

        if (before is not { } b)
        {
            Add(changes, ChangeKind.ThresholdTightened, id, field, old, current, $"{field} threshold added: {current}");
            return;
        }

        if (after is not { } a)
        {
            Add(changes, ChangeKind.ThresholdLoosened, id, field, old, current, $"{field} threshold removed (was {old})");
            return;
        }

        var above = Direction(b.Above, a.Above, tighterWhenLower: true);
        var below = Direction(b.Below, a.Below, tighterWhenLower: false);
        var loosened = above < 0 || below < 0;
        var detail = above * below < 0 ? $" (above {Verb(above)}, below {Verb(below)})" : string.Empty;
        Add(changes, loosened ? ChangeKind.ThresholdLoosened : ChangeKind.ThresholdTightened, id, field, old, current, $"{field} threshold {Verb(loosened ? -1 : 1)} {old} → {current}{detail}");
    }

    /// <summary>+1 when the limit lets fewer values pass, -1 when it lets more pass, 0 when it is unchanged.</summary>
    private static int Direction(double? before, double? after, bool tighterWhenLower) => (before, after) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        ({ } b, { } a) when a == b => 0,
        ({ } b, { } a) => (a < b) == tighterWhenLower ? 1 : -1,
    };

    private static string Verb(int direction) => direction < 0 ? "loosened" : "tightened";

    private static void CompareRunbook(List<DefinitionChange> changes, string id, string? before, string? after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        if (after is null)
        {
            Add(changes, ChangeKind.RunbookRemoved, id, "runbook", before, null, $"runbook removed (was {before})");
        }
        else if (before is null)
        {
            Add(changes, ChangeKind.RunbookAdded, id, "runbook", null, after, "runbook added: " + after);
        }
        else
        {
            Add(changes, ChangeKind.RunbookChanged, id, "runbook", before, after, "runbook changed " + ChangeText.Arrow(before, after));
        }
    }

    private static void AddedGate(List<DefinitionChange> changes, GateDefinition gate) =>
        Add(changes, ChangeKind.GateAdded, gate.Id, null, null, Members(gate), "gate added with monitors " + Members(gate));

    private static void RemovedGate(List<DefinitionChange> changes, GateDefinition gate) =>
        Add(changes, ChangeKind.GateRemoved, gate.Id, null, Members(gate), null, "gate removed (it held " + Members(gate) + ")");

    private static void CompareGate(List<DefinitionChange> changes, GateDefinition before, GateDefinition after)
    {
        CompareMembers(changes, after.Id, "monitors", before.Monitors, after.Monitors, m => $"monitor {m} removed from the gate", m => $"monitor {m} added to the gate");
        CompareMembers(changes, after.Id, "hard", before.Hard, after.Hard, m => $"monitor {m} no longer blocks the gate on its own (hard)", m => $"monitor {m} now blocks the gate on its own (hard)");
        CompareMembers(changes, after.Id, "slos", before.Slos, after.Slos, s => $"SLO {s} removed from the gate", s => $"SLO {s} added to the gate");

        // A budget the gate demands of an SLO it kept: less budget required lets more burn through.
        foreach (var slo in after.Slos.Intersect(before.Slos, StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            double? was = before.SloBudgets.TryGetValue(slo, out var b) ? b : null;
            double? now = after.SloBudgets.TryGetValue(slo, out var a) ? a : null;
            if (Nullable.Equals(was, now))
            {
                continue;
            }

            var field = "slos." + slo + ".budget_remaining";
            var old = was is { } w ? ValueFormat.Number(w) : null;
            var current = now is { } n ? ValueFormat.Number(n) : null;
            var (kind, summary) = (was, now) switch
            {
                (null, _) => (ChangeKind.ThresholdTightened, $"SLO {slo} must keep {current} of its error budget for the gate (was its own verdict)"),
                (_, null) => (ChangeKind.ThresholdLoosened, $"SLO {slo} budget requirement removed (was {old}); the SLO's own verdict applies"),
                _ when now < was => (ChangeKind.ThresholdLoosened, $"SLO {slo} budget requirement loosened {old} → {current}"),
                _ => (ChangeKind.ThresholdTightened, $"SLO {slo} budget requirement tightened {old} → {current}"),
            };
            Add(changes, kind, after.Id, field, old, current, summary);
        }

        if (before.Mode != after.Mode)
        {
            var advisory = after.Mode == GateMode.Advisory;
            var old = ModeWord(before.Mode);
            var current = ModeWord(after.Mode);
            Add(changes, advisory ? ChangeKind.GateMadeAdvisory : ChangeKind.GateMadeBlocking, after.Id, "mode", old, current, $"gate made {current} ({old} → {current})");
        }

        CompareQuality(changes, after.Id, before.Quality, after.Quality);
        CompareText(changes, ChangeKind.DescriptionChanged, after.Id, "description", before.Description, after.Description, null);
    }

    /// <summary>The members of one list of a gate that left it (first) and joined it, each once.</summary>
    private static void CompareMembers(
        List<DefinitionChange> changes,
        string gate,
        string field,
        IEnumerable<string> before,
        IEnumerable<string> after,
        Func<string, string> removed,
        Func<string, string> added)
    {
        foreach (var member in before.Except(after, StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            Add(changes, ChangeKind.GateMemberRemoved, gate, field, member, null, removed(member));
        }

        foreach (var member in after.Except(before, StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            Add(changes, ChangeKind.GateMemberAdded, gate, field, null, member, added(member));
        }
    }

    private static string ModeWord(GateMode mode) => mode == GateMode.Advisory ? "advisory" : "blocking";

    /// <summary>A lower required quality score, or none, lets more runs through (loosened); the weights are neutral.</summary>
    private static void CompareQuality(List<DefinitionChange> changes, string id, GateQuality? before, GateQuality? after)
    {
        CompareBudget(changes, id, "quality.min", before?.Min, after?.Min);
        if (before is not null && after is not null)
        {
            CompareText(changes, ChangeKind.CheckChanged, id, "quality.weights", Weights(before), Weights(after), "quality weights changed");
        }
    }

    private static string Weights(GateQuality quality) =>
        $"completeness {ValueFormat.Number(quality.Completeness)}, validity {ValueFormat.Number(quality.Validity)}, uniqueness {ValueFormat.Number(quality.Uniqueness)}, freshness {ValueFormat.Number(quality.Freshness)}";

    /// <summary>
    /// Adds a change when the texts differ. <paramref name="lead"/> starts the summary, followed by
    /// <c>before → after</c>; without a lead (long texts such as descriptions) the summary only names the field.
    /// </summary>
    private static void CompareText(List<DefinitionChange> changes, ChangeKind kind, string subject, string field, string? before, string? after, string? lead)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var summary = lead is null ? field + " changed" : lead + " " + ChangeText.Arrow(before, after);
        Add(changes, kind, subject, field, before, after, summary);
    }

    private static string ColumnCount(DatasetDefinition dataset) =>
        dataset.Columns.Count == 1 ? "1 column" : Count(dataset.Columns.Count) + " columns";

    private static string ColumnText(ColumnDefinition column) => YamlWords.Of(column.Type) + ", " + YamlWords.Of(YamlWords.Roles, column.Role);

    private static string Members(GateDefinition gate) => gate.Monitors.Count == 0 ? ChangeText.None : string.Join(", ", gate.Monitors);

    private static string Count(int count) => ValueFormat.Count(count);

    private static string Word(bool value) => value ? "true" : "false";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
