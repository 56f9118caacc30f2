using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of rows whose key repeats an earlier row's key: (rows − distinct keys) / rows, over
/// rows whose key columns are all non-null. Evidence gives the most repeated keys.
/// </summary>
internal sealed class UniquenessCheck : MonitorCheck
{
    private const int TopKeys = 5;
    private const int KeysInSummary = 3;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Uniqueness;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var keys = (IKeyCounts)context.Current.Get<BatchAccumulator>(Key(context.Monitor));
        if (keys.Failure is { } failure)
        {
            throw new CheckException(failure);
        }

        var keyed = keys.Keyed;
        if (keyed == 0)
        {
            throw new CheckException($"every row has a null in the key ({string.Join(", ", context.Monitor.Columns)})");
        }

        var duplicates = keyed - keys.Distinct;
        var share = (double)duplicates / keyed;
        var keyName = string.Join(", ", context.Monitor.Columns);
        if (duplicates == 0)
        {
            return new Measurement(0, Evidence.Of($"all {ValueFormat.Count(keyed)} keys ({keyName}) are unique"));
        }

        var ranked = keys.Top;
        var table = new List<IReadOnlyList<EvidenceCell>>();
        var examples = new List<string>();
        for (var i = 0; i < ranked.Count && i < TopKeys; i++)
        {
            var display = ranked[i].Key.Replace('\u001f', '|');
            table.Add([display, ranked[i].Value]);
            if (i < KeysInSummary)
            {
                examples.Add($"'{display}' ×{ranked[i].Value}");
            }
        }

        var summary = $"{ValueFormat.Count(duplicates)} of {ValueFormat.Count(keyed)} rows ({ValueFormat.Percent(share)}) repeat an earlier key ({keyName}); {ValueFormat.Count(keys.RepeatedKeys)} keys repeat, e.g. {string.Join(", ", examples)}";
        return new Measurement(share, new Evidence(summary, [new EvidenceTable("most repeated keys", ["key", "rows"], table)]));
    }

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf)
    {
        plan.Read(monitor.Columns);
        var columns = monitor.Columns;
        var numeric = columns.Count == 1 && plan.CanRead(columns[0]) && plan.KindOf(columns[0]) is ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date;
        if (numeric && plan.Columnar && plan.ExpectedRows is > 0 and var rows)
        {
            plan.Add(Key(monitor), new NumericKeysAccumulator(columns[0], plan.KindOf(columns[0]), rows, plan.Budget, monitor.Id, TopKeys));
            return;
        }

        plan.Add(Key(monitor), new KeyCountsAccumulator(columns, numeric, plan.Budget, monitor.Id)
        {
            TopCount = TopKeys,
            Kind = numeric ? plan.KindOf(columns[0]) : ColumnKind.String,
        });
    }

    private static string Key(MonitorDefinition monitor) => "uniqueness:" + monitor.Id;
}
