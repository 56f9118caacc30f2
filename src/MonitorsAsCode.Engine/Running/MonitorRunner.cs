using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Gates;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Engine.Slos;
using MonitorsAsCode.Engine.Windows;

namespace MonitorsAsCode.Engine.Running;

/// <summary>
/// Runs validated definitions against their snapshots: plans per dataset, reads each snapshot once
/// with only the columns its monitors and SLOs need, evaluates every monitor and SLO from that one
/// scan, and judges the gates.
/// Unreadable data (missing, truncated, uncastable or empty snapshots) throws
/// <see cref="SnapshotReadException"/>; a monitor that cannot be evaluated, among them one whose column is missing
/// from the file or stored as a type that cannot be read as the declared one, becomes an <c>error</c> result.
/// </summary>
public sealed class MonitorRunner(Func<string, ISnapshotReader>? openSnapshot = null)
{
    private readonly Func<string, ISnapshotReader> openSnapshot = openSnapshot ?? SnapshotReaders.Open;

    /// <summary>Runs <paramref name="definitions"/>, which must have passed validation.</summary>
    /// <exception cref="ArgumentException">The selected gate does not exist.</exception>
    public RunResult Run(DefinitionSet definitions, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        options ??= new RunOptions();
        var gates = definitions.Gates;
        var selected = definitions.Monitors;
        var selectedSlos = definitions.Slos;
        if (options.Gate is { } gateId)
        {
            var gate = definitions.FindGate(gateId) ?? throw new ArgumentException($"gate '{gateId}' is not declared", nameof(options));
            gates = [gate];
            var members = new HashSet<string>(gate.Monitors, StringComparer.Ordinal);
            selected = [.. definitions.Monitors.Where(m => members.Contains(m.Id))];
            var gateSlos = new HashSet<string>(gate.Slos, StringComparer.Ordinal);
            selectedSlos = [.. definitions.Slos.Where(s => gateSlos.Contains(s.Id))];
        }

        var results = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        var sloResults = new Dictionary<SloDefinition, SloResult>(ReferenceEqualityComparer.Instance);
        var slosByDataset = SloRunner.Group(definitions, selectedSlos, sloResults);
        DateTimeOffset? clock = null;
        var events = Events.KnownEvents.Of(definitions);

        // Past windows inside an exclude-from-baseline event are left out of every baseline, unless the caller decides.
        if (options.BaselineExclusion is null && !events.IsEmpty)
        {
            options = options with { BaselineExclusion = entry => events.ExcludesFromBaseline(entry.DatasetId, entry) };
        }
        foreach (var dataset in definitions.Datasets)
        {
            // Datasets are judged one after another, each within the whole limit.
            var budget = new MemoryBudget(options.MemoryLimit) { PassGatherBytes = options.PassGatherBytes };
            var monitors = selected.Where(m => string.Equals(m.DatasetId, dataset.Id, StringComparison.Ordinal)).ToList();
            var slos = slosByDataset.TryGetValue(dataset.Id, out var found) ? found : [];
            if (monitors.Count == 0 && slos.Count == 0)
            {
                continue;
            }

            var (asOf, source) = SloRunner.AsOf(dataset, options, ref clock);
            var plan = DatasetPlan.For(dataset, monitors);
            var scan = RunDataset(definitions, plan, slos, asOf, source, options, budget, cancellationToken);
            // Known events are judged against the run's window, or the instant the dataset was judged at.
            var window = options.Window ?? History.JudgedWindow.At(asOf);
            foreach (var result in scan.Monitors)
            {
                results[result.MonitorId] = events.Apply(result, window);
            }

            foreach (var result in scan.Slos)
            {
                sloResults[result.Key] = result.Value;
            }
        }

        var ordered = new List<CheckResult>();
        foreach (var monitor in selected)
        {
            if (results.TryGetValue(monitor.Id, out var result))
            {
                ordered.Add(result);
            }
        }

        var sloResultList = SloRunner.InOrder(selectedSlos, sloResults);
        var gateResults = new List<GateResult>();
        foreach (var gate in gates)
        {
            gateResults.Add(GateJudgement.Judge(gate, results, sloResultList));
        }

        return new RunResult(ordered, gateResults) { Slos = sloResultList, SelectedGate = options.Gate };
    }

    /// <summary>
    /// Evaluates a dataset's monitors and SLOs from one pass over each snapshot, the reference first (its value sets
    /// and profiles are what the current snapshot's accumulators compare against): every column the monitors read is
    /// profiled, their accumulators fold the rows as they go by, and the SLOs' columns are kept whole beside them. Each
    /// side sees the reference only when it asked for it, so sharing the pass changes no result. Statistics that need a
    /// column's values in full read that one column again when they are measured, one at a time.
    /// </summary>
    private DatasetScan RunDataset(DefinitionSet definitions, DatasetPlan plan, List<SloDefinition> slos, DateTimeOffset asOf, AsOfSource asOfSource, RunOptions options, MemoryBudget budget, CancellationToken cancellationToken)
    {
        var dataset = plan.Dataset;

        // Nothing is measured for disabled monitors, so they read nothing: a disabled monitor must not fail on its data.
        var monitorsRead = plan.Monitors.Any(m => m.Enabled);
        if (!monitorsRead && slos.Count == 0)
        {
            return new DatasetScan([.. plan.Monitors.Select(m => Skipped(m))], []);
        }

        var enabled = plan.Monitors.Where(m => m.Enabled).ToList();
        var monitorsNeedReference = monitorsRead && plan.NeedsReference;
        var sloNeeds = slos.Count > 0 ? SloRunner.Needs(definitions, dataset, slos) : null;
        var slosNeedReference = sloNeeds?.NeedsReference ?? false;

        var sides = RunSides.For(dataset, options.Window, openSnapshot);

        // Labels that arrive in a snapshot of their own are read first, so the passes can join them by id.
        LabelTable? labels = null;
        string? labelsProblem = null;
        try
        {
            labels = monitorsRead ? LabelTable.ReadFor(dataset, enabled, openSnapshot, asOf, cancellationToken) : null;
        }
        catch (SnapshotReadException exception)
        {
            labelsProblem = exception.Message;
        }

        SnapshotFacts? reference = null;
        if ((monitorsNeedReference || slosNeedReference) && sides.ReferencePath is { } referencePath)
        {
            reference = Pass(dataset, referencePath, "reference", sides.OpenReference, sides.ReferenceWindow is not null, monitorsRead ? null : SloRunner.NoEvents(dataset, "reference"), budget, options.Progress, cancellationToken, scan =>
            {
                if (monitorsNeedReference)
                {
                    scan.Read(plan.ReferenceColumns);
                    foreach (var monitor in enabled)
                    {
                        CheckRegistry.For(monitor.Check).PlanReference(monitor, scan);
                    }

                    LabelledRows.PlanJoined(enabled.Where(m => m.Relative), scan, null, labels);
                }

                if (sloNeeds is { NeedsReference: true })
                {
                    scan.Keep(sloNeeds.Reference);
                }
            });
        }

        // A reference window with no rows leaves the monitors that compare against it without a reference: they
        // report so, and the others are judged as usual.
        string? referenceGone = reference is { RowCount: 0 } ? $"the reference ({sides.ReferenceWindow?.Describe()}) holds no rows for this window: {sides.ReferenceRanges}" : null;
        if (referenceGone is not null)
        {
            reference = null;
        }

        var monitorReference = monitorsNeedReference ? reference : null;


        var current = Pass(dataset, dataset.Snapshots.Current, "current", sides.OpenCurrent, sides.Window is not null, monitorsRead ? null : SloRunner.NoEvents(dataset, "current"), budget, options.Progress, cancellationToken, scan =>
        {
            if (monitorsRead)
            {
                scan.Read(plan.CurrentColumns);
                foreach (var monitor in enabled)
                {
                    if (referenceGone is null || !CheckRegistry.For(monitor.Check).NeedsReference(monitor))
                    {
                        CheckRegistry.For(monitor.Check).PlanCurrent(monitor, scan, monitorReference, asOf);
                    }
                }

                CompletenessCheck.PlanSegments(enabled, scan);
                LabelledRows.PlanJoined(enabled, scan, asOf, labels);
            }

            if (sloNeeds is not null)
            {
                scan.Keep(sloNeeds.Current);
            }
        });

        if (current.RowCount == 0)
        {
            // Only a window can be empty: a whole snapshot with no rows is a read error (Pass).
            var empty = $"no rows of dataset '{dataset.Id}' in the window {sides.CurrentRanges}";
            return new DatasetScan([.. plan.Monitors.Select(m => m.Enabled ? Skipped(m, empty) : Skipped(m))], [.. slos.Select(s => KeyValuePair.Create(s, SloRunner.Skipped(s, empty)))]);
        }

        // What holds a numeric column's values takes one of the budget's column slots, so the number of columns in memory
        // at once stays within the plan's bound.
        budget.SizeColumnSlots(Math.Max(current.RowCount, reference?.RowCount ?? 0));
        var (results, failures) = JudgeMonitors(plan, current, monitorReference, referenceGone, sides.ReferenceShare, labelsProblem, asOf, asOfSource, options, cancellationToken);
        current.DropGathered();
        reference?.DropGathered();
        LabelledRows.Release(plan.Monitors, dataset, current, reference);

        // The first monitor's failure in declaration order wins, so the message does not depend on thread timing.
        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        var sloResults = slos.Count == 0
            ? []
            : SloRunner.Evaluate(definitions, dataset, slos, current.Table!, slosNeedReference ? reference?.Table : null, asOf, asOfSource); // Table: the current pass kept the SLOs' columns
        return new DatasetScan([.. results], sloResults);
    }

    /// <summary>
    /// One pass over the snapshot at <paramref name="path"/>, opened by <paramref name="open"/> and planned by
    /// <paramref name="plan"/>; an empty snapshot is a read error unless <paramref name="windowed"/> (a time window may
    /// hold no rows).
    /// </summary>
    /// <remarks>
    /// A declared column missing from the file, or stored as a type that cannot be read as the declared one, is
    /// left out: it is the schema monitor's finding, monitors on it report an error and the rest of the run goes on.
    /// </remarks>
    private static SnapshotFacts Pass(DatasetDefinition dataset, string path, string role, Func<string, ISnapshotReader> open, bool windowed, string? noRows, MemoryBudget budget, IProgress<ScanProgress>? progress, CancellationToken cancellationToken, Action<ScanPlan> plan)
    {
        IProgress<double>? fraction = progress is null ? null : new Progress(progress, dataset.Id, role);
        noRows ??= $"the {role} snapshot of dataset '{dataset.Id}' has no rows, so there is nothing to monitor";
        var reader = open(path);
        var scan = SnapshotPass.Plan(reader, dataset, budget);
        plan(scan);
        var facts = SnapshotPass.Run(reader, scan, () => open(path), fraction, cancellationToken);
        return facts.RowCount > 0 || windowed ? facts : throw new SnapshotReadException(path, noRows);
    }

    private static CheckResult Skipped(MonitorDefinition monitor, string reason = "disabled in its definition") =>
        Result(monitor, CheckStatus.Skipped, null, Evidence.Of(reason));

    /// <summary>
    /// Judges every monitor of the dataset in parallel, each into its own slot, then against its history; a monitor that
    /// threw leaves its exception in its slot of <c>Failures</c> for the caller to rethrow in declaration order.
    /// </summary>
    private static (CheckResult[] Results, Exception?[] Failures) JudgeMonitors(
        DatasetPlan plan,
        SnapshotFacts current,
        SnapshotFacts? reference,
        string? referenceGone,
        double referenceShare,
        string? labelsProblem,
        DateTimeOffset asOf,
        AsOfSource asOfSource,
        RunOptions options,
        CancellationToken cancellationToken)
    {
        var results = new CheckResult[plan.Monitors.Count];
        var failures = new Exception?[plan.Monitors.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        // Dataset drift monitors go last, so the columns they share with single-column drift monitors are measured once.
        var order = Enumerable.Range(0, plan.Monitors.Count).ToList();
        foreach (var phase in new[] { order.Where(i => !plan.Monitors[i].IsDatasetDrift).ToList(), order.Where(i => plan.Monitors[i].IsDatasetDrift).ToList() })
        {
            Parallel.ForEach(phase, parallelism, i =>
            {
                var monitor = plan.Monitors[i];
                try
                {
                    results[i] = referenceGone is not null && monitor.Enabled && CheckRegistry.For(monitor.Check).NeedsReference(monitor)
                        ? Result(monitor, CheckStatus.Error, null, Evidence.Of(referenceGone))
                        : Evaluate(monitor, new CheckContext(monitor, plan.Dataset, current, reference, asOf, asOfSource) { ReferenceShare = referenceShare, LabelsProblem = labelsProblem });
                }
                catch (Exception exception)
                {
                    failures[i] = exception;
                }
            });
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (failures[i] is null)
            {
                results[i] = Baselines.HistoryJudgement.Apply(plan.Monitors[i], results[i], options, asOf, current.RowCount);
            }
        }

        return (results, failures);
    }

    private static CheckResult Result(MonitorDefinition monitor, CheckStatus status, double? value, Evidence evidence) =>
        new(monitor.Id, monitor.DatasetId, monitor.Check, monitor.Columns, status, value, monitor.Warn, monitor.Fail, monitor.Severity, evidence)
        {
            Metric = MetricCatalog.Describe(monitor),
            Method = monitor.EffectiveMethod,
            PerformanceMetric = monitor.Metric,
            Relative = monitor.Relative,
            Owner = monitor.Owner,
            Runbook = monitor.Runbook,
        };

    private static CheckResult Evaluate(MonitorDefinition monitor, CheckContext context)
    {
        var metric = MetricCatalog.Describe(monitor);
        CheckResult Result(CheckStatus status, double? value, Evidence evidence) =>
            new(monitor.Id, monitor.DatasetId, monitor.Check, monitor.Columns, status, value, monitor.Warn, monitor.Fail, monitor.Severity, evidence)
            {
                Metric = metric,
                Method = monitor.EffectiveMethod,
                PerformanceMetric = monitor.Metric,
                Relative = monitor.Relative,
                Owner = monitor.Owner,
                Runbook = monitor.Runbook,
            };

        if (!monitor.Enabled)
        {
            return Skipped(monitor);
        }

        var check = CheckRegistry.For(monitor.Check);
        var missing = Missing(context.Dataset, check.CurrentColumns(monitor), context.Current) ?? (context.Reference is { } reference ? Missing(context.Dataset, check.ReferenceColumns(monitor), reference) : null);
        if (missing is not null)
        {
            return Result(CheckStatus.Error, null, Evidence.Of(missing));
        }

        try
        {
            var measurement = check.Measure(context);
            var thresholds = measurement.Thresholds ?? new ThresholdPair(monitor.Warn, monitor.Fail);
            var status = measurement.Status ?? StatusPolicy.Judge(measurement.Value, thresholds.Warn, thresholds.Fail);
            var result = Result(status, double.IsNaN(measurement.Value) ? null : measurement.Value, measurement.Evidence) with
            {
                Warn = thresholds.Warn,
                Fail = thresholds.Fail,
                Metric = measurement.Metric ?? metric,
                Method = measurement.Method ?? monitor.EffectiveMethod,
                MethodReason = measurement.MethodReason,
                Statistic = measurement.Statistic,
                PValue = measurement.PValue,
                Interval = measurement.Interval,
            };
            return result with { Distribution = measurement.Distribution };
        }
        catch (CheckException exception)
        {
            return Result(CheckStatus.Error, null, Evidence.Of(exception.Message));
        }
    }

    private static string? Missing(DatasetDefinition dataset, IReadOnlyList<string> columns, SnapshotFacts facts)
    {
        foreach (var column in columns)
        {
            if (ColumnAvailability.Problem(dataset, facts, column) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private sealed record DatasetScan(List<CheckResult> Monitors, List<KeyValuePair<SloDefinition, SloResult>> Slos);

    private sealed class Progress(IProgress<ScanProgress> target, string datasetId, string snapshot) : IProgress<double>
    {
        public void Report(double value) => target.Report(new ScanProgress(datasetId, snapshot, value));
    }
}
