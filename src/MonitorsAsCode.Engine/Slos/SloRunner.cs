using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Slos;

/// <summary>
/// Evaluates SLOs on their datasets' current snapshots: reads each dataset once with the columns
/// its SLOs need (the event-time column, the columns their expressions name, the columns of the
/// monitors that judge time slices), turns the rows up to the as-of instant into events, and judges
/// each SLO with <see cref="SloEvaluator"/>. Unreadable data throws <see cref="SnapshotReadException"/>.
/// </summary>
internal sealed class SloRunner(Func<string, ISnapshotReader>? openSnapshot = null)
{
    private readonly Func<string, ISnapshotReader> openSnapshot = openSnapshot ?? SnapshotReaders.Open;

    /// <summary>Evaluates <paramref name="slos"/> of the validated <paramref name="definitions"/>, in the given order.</summary>
    public IReadOnlyList<SloResult> Run(DefinitionSet definitions, IReadOnlyList<SloDefinition> slos, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(slos);
        options ??= new RunOptions();
        var results = new Dictionary<SloDefinition, SloResult>(ReferenceEqualityComparer.Instance);
        var byDataset = Group(definitions, slos, results);
        DateTimeOffset? clock = null;
        foreach (var dataset in definitions.Datasets)
        {
            if (!byDataset.TryGetValue(dataset.Id, out var datasetSlos))
            {
                continue;
            }

            var (asOf, source) = AsOf(dataset, options, ref clock);
            var needs = Needs(definitions, dataset, datasetSlos);
            var table = Read(dataset, dataset.Snapshots.Current, "current", needs.Current, cancellationToken);
            SnapshotTable? referenceTable = null;
            if (needs.NeedsReference && dataset.Snapshots.Reference is { } referencePath)
            {
                referenceTable = Read(dataset, referencePath, "reference", needs.Reference, cancellationToken);
            }

            foreach (var result in Evaluate(definitions, dataset, datasetSlos, table, referenceTable, asOf, source))
            {
                results[result.Key] = result.Value;
            }
        }

        return InOrder(slos, results);
    }

    /// <summary>
    /// Groups the SLOs that are measured on a dataset by its id; an SLO without one (measured only by its
    /// Prometheus queries) gets its skipped result in <paramref name="results"/> straight away.
    /// </summary>
    internal static Dictionary<string, List<SloDefinition>> Group(DefinitionSet definitions, IReadOnlyList<SloDefinition> slos, Dictionary<SloDefinition, SloResult> results)
    {
        var byDataset = new Dictionary<string, List<SloDefinition>>(StringComparer.Ordinal);
        foreach (var slo in slos)
        {
            var dataset = DatasetOf(definitions, slo);
            if (dataset is null)
            {
                results[slo] = Skipped(slo, "measured only by its Prometheus queries: no dataset to evaluate it on");
                continue;
            }

            if (!byDataset.TryGetValue(dataset.Id, out var list))
            {
                byDataset[dataset.Id] = list = [];
            }

            list.Add(slo);
        }

        return byDataset;
    }

    /// <summary>A skipped result for <paramref name="slo"/>, saying why in <paramref name="reason"/>.</summary>
    internal static SloResult Skipped(SloDefinition slo, string reason) =>
        new(slo.Id, null, CheckStatus.Skipped, Evidence.Of(reason))
        {
            Service = slo.Service,
            Objective = slo.Objective,
            Window = slo.Window.ToString(),
            Budgeting = slo.Budgeting,
            ErrorBudget = 1 - slo.Objective,
            Owner = slo.Owner,
        };

    /// <summary>The results of <paramref name="slos"/>, in their order.</summary>
    internal static List<SloResult> InOrder(IReadOnlyList<SloDefinition> slos, Dictionary<SloDefinition, SloResult> results)
    {
        var ordered = new List<SloResult>(slos.Count);
        foreach (var slo in slos)
        {
            ordered.Add(results[slo]);
        }

        return ordered;
    }

    /// <summary>The as-of instant of a dataset: the option, else its <c>captured_at</c>, else the clock (read once per run).</summary>
    internal static (DateTimeOffset AsOf, AsOfSource Source) AsOf(DatasetDefinition dataset, RunOptions options, ref DateTimeOffset? clock)
    {
        if (options.AsOf is { } given)
        {
            return (given, AsOfSource.Option);
        }

        if (dataset.Snapshots.CapturedAt is { } captured)
        {
            return (captured, AsOfSource.CapturedAt);
        }

        clock ??= options.Clock.GetUtcNow();
        return (clock.Value, AsOfSource.Clock);
    }

    private static DatasetDefinition? DatasetOf(DefinitionSet definitions, SloDefinition slo)
    {
        if (slo.Indicator.Monitor is { } monitorId)
        {
            return definitions.FindMonitor(monitorId) is { } monitor ? definitions.FindDataset(monitor.DatasetId) : null;
        }

        return slo.Indicator.Good is not null && slo.DatasetId is { } id ? definitions.FindDataset(id) : null;
    }

    /// <summary>
    /// The columns a dataset's SLOs read: of the current snapshot the event-time column, the columns their
    /// expressions name and the columns of the monitors that judge time slices; of the reference snapshot,
    /// what those monitors compare against, and whether they need it at all.
    /// </summary>
    internal static SloColumns Needs(DefinitionSet definitions, DatasetDefinition dataset, IReadOnlyList<SloDefinition> slos)
    {
        var current = new HashSet<string>(StringComparer.Ordinal) { EventTimeColumn(dataset).Name };
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var needsReference = false;
        foreach (var slo in slos)
        {
            if (slo.Indicator.Monitor is { } monitorId)
            {
                var monitor = definitions.FindMonitor(monitorId)!; // the dataset was found through it
                var check = CheckRegistry.For(monitor.Check);
                current.UnionWith(check.CurrentColumns(monitor));
                current.UnionWith(check.EvidenceColumns(monitor, dataset));
                reference.UnionWith(check.ReferenceColumns(monitor));
                needsReference |= check.NeedsReference(monitor);
            }
            else
            {
                current.UnionWith(Parse(slo.Indicator.Good!).Columns()); // validated: an indicator without a monitor has its expression
                if (slo.Indicator.Total is { } total)
                {
                    current.UnionWith(Parse(total).Columns());
                }
            }
        }

        return new SloColumns(current, reference, needsReference);
    }

    /// <summary>Judges a dataset's SLOs on its snapshots, already read with (at least) the columns of <see cref="Needs"/>.</summary>
    internal static List<KeyValuePair<SloDefinition, SloResult>> Evaluate(DefinitionSet definitions, DatasetDefinition dataset, IReadOnlyList<SloDefinition> slos, SnapshotTable table, SnapshotTable? referenceTable, DateTimeOffset asOf, AsOfSource source)
    {
        var timeColumn = EventTimeColumn(dataset);
        var results = new List<KeyValuePair<SloDefinition, SloResult>>();
        foreach (var slo in slos)
        {
            results.Add(new(slo, Evaluate(definitions, dataset, slo, timeColumn, table, referenceTable, asOf, source)));
        }

        return results;
    }

    /// <summary>The message of an empty current snapshot that only SLOs read.</summary>
    internal static string NoEvents(DatasetDefinition dataset, string role) =>
        string.Create(CultureInfo.InvariantCulture, $"the {role} snapshot of dataset '{dataset.Id}' has no rows, so its SLOs have no events");

    private static SloResult Evaluate(DefinitionSet definitions, DatasetDefinition dataset, SloDefinition slo, ColumnDefinition timeColumn, SnapshotTable table, SnapshotTable? reference, DateTimeOffset asOf, AsOfSource source)
    {
        var needed = new List<string> { timeColumn.Name };
        MonitorDefinition? monitor = null;
        if (slo.Indicator.Monitor is { } monitorId)
        {
            monitor = definitions.FindMonitor(monitorId)!; // found when grouping
            needed.AddRange(CheckRegistry.For(monitor.Check).CurrentColumns(monitor));
        }
        else
        {
            needed.AddRange(Parse(slo.Indicator.Good!).Columns()); // validated: an indicator without a monitor has its expression
            if (slo.Indicator.Total is { } total)
            {
                needed.AddRange(Parse(total).Columns());
            }
        }

        foreach (var name in needed)
        {
            if (ColumnAvailability.Problem(dataset, table, name) is { } problem)
            {
                return new SloResult(slo.Id, dataset.Id, CheckStatus.Error, Evidence.Of(problem))
                {
                    Service = slo.Service,
                    Objective = slo.Objective,
                    Window = slo.Window.ToString(),
                    Budgeting = slo.Budgeting,
                    AsOf = asOf,
                    AsOfSource = source,
                    ErrorBudget = 1 - slo.Objective,
                    Owner = slo.Owner,
                };
            }
        }

        var times = Microseconds(table[timeColumn.Name]);
        var valid = table[timeColumn.Name].Valid;
        var asOfMicroseconds = SloEventSeries.ToMicroseconds(asOf);
        var rows = new List<int>();
        long? dataStart = null;
        var undated = 0;
        var later = 0;
        for (var i = 0; i < times.Length; i++)
        {
            if (!valid[i])
            {
                undated++;
            }
            else if (times[i] > asOfMicroseconds)
            {
                later++;
            }
            else
            {
                rows.Add(i);
                dataStart = dataStart is { } start && start <= times[i] ? start : times[i];
            }
        }

        var notes = new List<string>();
        if (undated > 0)
        {
            notes.Add($"{ValueFormat.Count(undated)} rows without {timeColumn.Name} not counted");
        }

        if (later > 0)
        {
            notes.Add($"{ValueFormat.Count(later)} rows after the as-of instant not counted");
        }

        var series = monitor is null
            ? ExpressionSeries(slo, table, times, rows, dataStart)
            : MonitorSeries(slo, monitor, dataset, table, reference, times, rows, dataStart, asOf, source);
        return SloEvaluator.Evaluate(slo, series, asOf, source, dataset.Id, notes);
    }

    private static SloEventSeries ExpressionSeries(SloDefinition slo, SnapshotTable table, long[] times, List<int> rows, long? dataStart)
    {
        var good = SliEvaluator.Matches(Parse(slo.Indicator.Good!), table); // expression series are made for indicators without a monitor
        var total = slo.Indicator.Total is { } totalText ? SliEvaluator.Matches(Parse(totalText), table) : null;
        var eventTimes = new List<long>(rows.Count);
        var verdicts = new List<bool>(rows.Count);
        foreach (var row in rows)
        {
            if (total is null || total[row])
            {
                eventTimes.Add(times[row]);
                verdicts.Add(good[row]);
            }
        }

        var series = SloEventSeries.Create([.. eventTimes], [.. verdicts], dataStart);
        return slo.Budgeting == BudgetingMethod.Timeslices && slo.TimeSlice is { } slice
            ? series.Slices(slice, slo.TimeSliceTarget ?? slo.Objective)
            : series;
    }

    /// <summary>One event per time slice holding rows, at the slice's end: good when the monitor passes (or only warns) on the slice's rows.</summary>
    private static SloEventSeries MonitorSeries(SloDefinition slo, MonitorDefinition monitor, DatasetDefinition dataset, SnapshotTable table, SnapshotTable? reference, long[] times, List<int> rows, long? dataStart, DateTimeOffset asOf, AsOfSource source)
    {
        var slice = (slo.TimeSlice ?? TimeSpan.FromDays(1)).Ticks / 10;
        var bySlice = new SortedDictionary<long, List<int>>();
        foreach (var row in rows)
        {
            var index = times[row] / slice - (times[row] % slice < 0 ? 1 : 0);
            if (!bySlice.TryGetValue(index, out var members))
            {
                bySlice[index] = members = [];
            }

            members.Add(row);
        }

        var check = CheckRegistry.For(monitor.Check);
        var referenceFacts = reference is null ? null : SnapshotPass.OfTable(reference, monitor, dataset, null, asOf, asReference: true);
        var ends = new List<long>();
        var verdicts = new List<bool>();
        foreach (var pair in bySlice)
        {
            var indices = pair.Value.ToArray();
            var columns = new List<Column>();
            foreach (var name in check.CurrentColumns(monitor).Concat(check.EvidenceColumns(monitor, dataset)).Distinct(StringComparer.Ordinal))
            {
                if (table.Contains(name))
                {
                    columns.Add(ColumnSelection.Take(table[name], indices));
                }
            }

            var sliceTable = new SnapshotTable(table.Path, table.Schema, indices.Length, columns);
            bool good;
            try
            {
                var facts = SnapshotPass.OfTable(sliceTable, monitor, dataset, referenceFacts, asOf, asReference: false);
                var measurement = check.Measure(new CheckContext(monitor, dataset, facts, referenceFacts, asOf, source));
                var status = measurement.Status ?? StatusPolicy.Judge(measurement.Value, monitor.Warn, monitor.Fail);
                good = status is CheckStatus.Pass or CheckStatus.Warn;
            }
            catch (CheckException)
            {
                good = false;
            }

            ends.Add((pair.Key + 1) * slice);
            verdicts.Add(good);
        }

        return SloEventSeries.Create([.. ends], [.. verdicts], dataStart);
    }

    private static long[] Microseconds(Column column)
    {
        switch (column)
        {
            case TimestampColumn timestamps:
                return timestamps.Microseconds;
            case DateColumn dates:
                {
                    // A date's events are counted at the end of that day, when all of them have happened.
                    var values = new long[dates.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = (dates.Days[i] + 1L) * 86_400_000_000L;
                    }

                    return values;
                }

            default:
                throw new InvalidOperationException($"column '{column.Name}' is not a timestamp or date column");
        }
    }

    private static ColumnDefinition EventTimeColumn(DatasetDefinition dataset)
    {
        foreach (var column in dataset.Columns)
        {
            if (column.Role == ColumnRole.EventTime && column.Type is ColumnType.Timestamp or ColumnType.Date)
            {
                return column;
            }
        }

        throw new InvalidOperationException($"dataset '{dataset.Id}' has no event_time column; validation should have reported it");
    }

    private static SliExpression Parse(string text) =>
        SliParser.Parse(text).Expression ?? throw new InvalidOperationException($"the SLI expression '{text}' does not parse; validation should have reported it");

    private SnapshotTable Read(DatasetDefinition dataset, string path, string role, IReadOnlySet<string> columns, CancellationToken cancellationToken) =>
        ColumnAvailability.Load(openSnapshot(path), path, dataset, columns, NoEvents(dataset, role), null, cancellationToken);
}
