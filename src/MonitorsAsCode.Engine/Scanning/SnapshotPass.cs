using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>Runs a <see cref="ScanPlan"/>: one pass over the snapshot, then the facts the checks judge.</summary>
internal static class SnapshotPass
{
    /// <summary>Opens a plan for the snapshot <paramref name="reader"/> reads: its schema, and its row count when known up front.</summary>
    public static ScanPlan Plan(ISnapshotReader reader, DatasetDefinition dataset, MemoryBudget budget)
    {
        var schema = reader.ReadSchema();
        long? rows = null;
        if (reader is IStoredStatisticsSource statistics && schema.Fields.Count > 0 && schema.Fields[0].Kind is { } kind)
        {
            rows = statistics.ReadStatistics([new ColumnRequest(schema.Fields[0].Name, kind)])[0].Rows;
        }

        return new ScanPlan(dataset, schema, budget, rows, reader is IColumnScanner);
    }

    /// <summary>
    /// What <paramref name="monitor"/> needs of a snapshot already in memory (a slice of an SLO's events), through the
    /// same plan and accumulators as a file; <paramref name="reference"/> is what its reference's pass found.
    /// </summary>
    public static SnapshotFacts OfTable(SnapshotTable table, Definitions.Monitors.MonitorDefinition monitor, DatasetDefinition dataset, SnapshotFacts? reference, DateTimeOffset asOf, bool asReference)
    {
        var reader = new TableSnapshotReader(table);
        var plan = Plan(reader, dataset, new MemoryBudget(null));
        var check = Running.CheckRegistry.For(monitor.Check);
        if (asReference)
        {
            plan.Read(check.ReferenceColumns(monitor));
            check.PlanReference(monitor, plan);
        }
        else
        {
            plan.Read(check.CurrentColumns(monitor));
            check.PlanCurrent(monitor, plan, reference, asOf);
            Checks.CompletenessCheck.PlanSegments([monitor], plan);
        }

        return Run(reader, plan, () => reader, null, CancellationToken.None);
    }

    /// <summary>Runs the pass.</summary>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read.</exception>
    public static SnapshotFacts Run(ISnapshotReader reader, ScanPlan plan, Func<ISnapshotReader> reopen, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var kinds = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        var columns = new List<string>(plan.Columns);
        foreach (var name in plan.TableColumns)
        {
            if (!columns.Contains(name, StringComparer.Ordinal))
            {
                columns.Add(name);
            }
        }

        // Declaration order, so the reader is asked the same way whatever order the monitors planned in.
        columns.Sort((a, b) => Position(plan.Dataset, a).CompareTo(Position(plan.Dataset, b)));
        var requests = new List<ColumnRequest>();
        foreach (var name in columns)
        {
            kinds[name] = plan.KindOf(name);
            requests.Add(new ColumnRequest(name, kinds[name]));
        }

        if (ColumnByColumn(plan, kinds))
        {
            return ScanColumns(reader, plan, requests, kinds, reopen, progress, cancellationToken);
        }

        var profile = new ProfileAccumulator(plan.Columns, plan.KindOf, plan.Budget);
        var counts = new Dictionary<string, Func<Dictionary<string, long>>>(StringComparer.Ordinal);
        var all = new List<BatchAccumulator> { profile };
        foreach (var name in plan.Counted)
        {
            var accumulator = new ValueCountsAccumulator(name, plan.Budget);
            counts[name] = () => accumulator.Counts;
            all.Add(accumulator);
        }

        var gathered = new Dictionary<string, IGatheredValues>(StringComparer.Ordinal);
        foreach (var name in plan.Gathered)
        {
            var collector = new FiniteValuesCollector(name, plan.Budget);
            gathered[name] = collector;
            all.Add(collector);
        }

        all.AddRange(plan.Accumulators.Values);
        TableCollector? table = plan.KeepTable ? new TableCollector([.. plan.TableColumns.Select(c => new ColumnRequest(c, kinds[c]))]) : null;
        if (table is not null)
        {
            all.Add(table);
        }

        var rows = BatchScan.Run(reader, requests, all, progress, cancellationToken);
        var profiles = new Dictionary<string, ColumnProfile>(StringComparer.Ordinal);
        foreach (var name in plan.Columns)
        {
            profiles[name] = profile.Profile(name);
        }

        return new SnapshotFacts(reader.Path, plan.Schema, rows, kinds, profiles, counts, new Dictionary<string, BatchAccumulator>(plan.Accumulators, StringComparer.Ordinal), reopen, plan.Budget)
        {
            Table = table?.Table(reader.Path, plan.Schema),
            Gathered = gathered,
        };
    }

    /// <summary>
    /// Whether a columnar snapshot's pass can go column by column: profiles, text or bool value counts and monitors'
    /// accumulators that are fed one column at a time. The scan path then hands each column's values over as spans and
    /// dictionary codes, several times faster than building batches; only SLOs' whole tables need batches.
    /// </summary>
    private static bool ColumnByColumn(ScanPlan plan, Dictionary<string, ColumnKind> kinds) =>
        plan.Columnar && plan.Columns.Count > 0 && !plan.KeepTable && plan.Gathered.Count == 0
        && plan.Accumulators.Values.All(a => a is ColumnFedAccumulator)
        && plan.Counted.All(c => kinds[c] is ColumnKind.String or ColumnKind.Bool);

    private static SnapshotFacts ScanColumns(ISnapshotReader reader, ScanPlan plan, List<ColumnRequest> requests, Dictionary<string, ColumnKind> kinds, Func<ISnapshotReader> reopen, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var accumulators = new List<ProfileColumnAccumulator>(requests.Count);
        var members = new List<ColumnAccumulator>[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            accumulators.Add(new ProfileColumnAccumulator(request.Kind, request.Name, plan.Counted.Contains(request.Name) ? new BudgetedCounts(plan.Budget) : null, plan.Budget));
            members[i] = [accumulators[i]];
        }

        // Each monitor's feeds join the profile of their column, so every column is decoded once for all of them.
        foreach (var fed in plan.Accumulators.Values.Cast<ColumnFedAccumulator>())
        {
            for (var c = 0; c < fed.Columns.Count; c++)
            {
                members[requests.FindIndex(r => string.Equals(r.Name, fed.Columns[c], StringComparison.Ordinal))].Add(fed.Feeds[c]);
            }
        }

        if (progress is not null && plan.ExpectedRows is > 0 and var expected)
        {
            members[0].Add(new RowProgress(expected, progress));
        }

        var writers = GatherInPass(plan, requests, members);
        var scanned = members.Select(m => m.Count == 1 ? m[0] : new ColumnFanOut(m)).ToList();
        try
        {
            ColumnScan.Run(reader, requests, scanned, cancellationToken);
        }
        catch
        {
            foreach (var (_, (values, _)) in writers)
            {
                plan.Budget.ReturnColumn(values);
            }

            throw;
        }

        foreach (var accumulator in plan.Accumulators.Values)
        {
            accumulator.Finish();
        }

        progress?.Report(1);
        var profiles = new Dictionary<string, ColumnProfile>(StringComparer.Ordinal);
        var counts = new Dictionary<string, Func<Dictionary<string, long>>>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            var accumulator = accumulators[i];
            accumulator.Finish();
            profiles[requests[i].Name] = accumulator.Profile();
            if (accumulator.Counts is { } counted)
            {
                counts[requests[i].Name] = () => counted.Refused ? throw new MemoryLimitException(accumulator.Refusal) : counted.Counts;
            }
        }

        var gathered = new Dictionary<string, IGatheredValues>(StringComparer.Ordinal);
        foreach (var (name, (values, writer)) in writers)
        {
            if (PassGatheredColumn.Keep(values, writer, profiles[name].Finite, plan.Budget) is { } kept)
            {
                gathered[name] = kept;
            }
        }

        var rows = profiles[requests[0].Name].Rows;
        return new SnapshotFacts(reader.Path, plan.Schema, rows, kinds, profiles, counts, new Dictionary<string, BatchAccumulator>(plan.Accumulators, StringComparer.Ordinal), reopen, plan.Budget)
        {
            Gathered = gathered,
        };
    }

    /// <summary>
    /// When every column the checks need whole fits <see cref="ScanPlan.PassGatherBytes"/> at the snapshot's row count,
    /// a writer of each one's finite values joins its column in the pass, so they are not read a second time; a column
    /// the budget has no room for is left to be read again.
    /// </summary>
    private static Dictionary<string, (double[] Values, FiniteValuesWriter Writer)> GatherInPass(ScanPlan plan, List<ColumnRequest> requests, List<ColumnAccumulator>[] members)
    {
        var writers = new Dictionary<string, (double[], FiniteValuesWriter)>(StringComparer.Ordinal);
        var rows = plan.ExpectedRows ?? 0;
        if (rows <= 0 || plan.WholeColumns.Count == 0 || plan.WholeColumns.Count * rows * sizeof(double) > plan.PassGatherBytes)
        {
            return writers;
        }

        foreach (var name in plan.WholeColumns.Order(StringComparer.Ordinal))
        {
            var index = requests.FindIndex(r => string.Equals(r.Name, name, StringComparison.Ordinal));
            if (index < 0)
            {
                continue;
            }

            double[] values;
            try
            {
                values = plan.Budget.RentColumn(rows, $"column '{name}' has {rows} rows");
            }
            catch (MemoryLimitException)
            {
                continue;
            }

            var writer = new FiniteValuesWriter(values);
            writers[name] = (values, writer);
            members[index].Add(writer);
        }

        return writers;
    }

    private static int Position(DatasetDefinition dataset, string column)
    {
        for (var i = 0; i < dataset.Columns.Count; i++)
        {
            if (string.Equals(dataset.Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
