using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Drift;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// How far a column's current distribution has moved from the reference, by the monitor's method or the one
/// <c>auto</c> picks (see <see cref="DriftMethods.Choose"/>). Numeric columns (double, int64, timestamp, date)
/// are binned for binned methods (at the reference's quantiles, by Sturges' rule, or at fixed edges) or compared
/// value by value; text and bool columns category by category over the union of both samples. Nulls are left
/// out of the comparison and reported as a change of null share (which <c>null_share_change</c> can fail on), as
/// are NaN and infinities, which the evidence counts. A monitor over several columns, roles or <c>all</c> is a
/// dataset drift monitor (see <see cref="DatasetDrift"/>). A text column compared by category counts that is
/// near-unique (id-like, see <see cref="NearUniqueColumn"/>) is at least <c>warn</c>, with the reason in the evidence.
/// </summary>
internal sealed class DriftCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Drift;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) => monitor.Columns;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var monitor = context.Monitor;
        if (monitor.IsDatasetDrift)
        {
            return DatasetDrift.Measure(context);
        }

        var name = context.SingleColumn();
        using var slot = context.Current.HoldColumnSlot(name);
        var column = context.Dataset.FindColumn(name) ?? new ColumnDefinition(name, Planning.ColumnKinds.TypeOf(context.Current.KindOf(name)), ColumnRole.Feature);
        using var reference = Sample(context.RequireReference(), name);
        using var current = Sample(context.Current, name);
        var method = monitor.EffectiveMethod ?? DriftMethod.Auto;

        ColumnDrift measured;
        try
        {
            measured = ColumnDriftMeasurer.MeasureOnce(context.Current, column, reference, current, monitor, method, picture: true);
        }
        catch (CheckException) when (monitor.NullShareChange is not null && (reference.ValueCount == 0 || current.ValueCount == 0))
        {
            return NullsOnly(column, reference, current, monitor, method);
        }

        var thresholds = method == DriftMethod.Auto ? DriftMethods.DefaultThresholds(measured.Method) : new ThresholdPair(monitor.Warn, monitor.Fail);
        var drift = ColumnDriftJudge.Judge(measured, thresholds, monitor);
        var tables = new List<EvidenceTable>(drift.Tables) { ColumnDriftJudge.NullTable(drift) };
        if (ColumnDriftJudge.CategorySetTable(drift) is { } categories)
        {
            tables.Add(categories);
        }

        // A count-based comparison of an id-like column measures nothing: it must not pass quietly.
        var status = drift.NearUniqueNote is not null && drift.Status == CheckStatus.Pass ? CheckStatus.Warn : drift.Status;
        return new Measurement(drift.Value, new Evidence(ColumnDriftJudge.Summary(drift, monitor), tables))
        {
            Distribution = DistributionComparer.Of(reference, current, context.Current.KindOf(name), measured),
            Status = status,
            Method = drift.Method,
            MethodReason = drift.Choice.Reason,
            Statistic = drift.Statistic,
            PValue = drift.PValue,
            Metric = drift.Metric,
            Thresholds = thresholds,
        };
    }

    /// <inheritdoc />
    internal override void PlanReference(MonitorDefinition monitor, ScanPlan plan) => Plan(monitor, plan);

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf) => Plan(monitor, plan);

    /// <summary>
    /// One side of a column's comparison, from the pass: text and bool columns as the counts it made, numeric columns
    /// from their profile, their values read from the snapshot (that column alone) only when a method asks for them.
    /// </summary>
    internal static ColumnSample Sample(SnapshotFacts facts, string name)
    {
        var profile = facts.Profile(name);
        var categorical = facts.KindOf(name) is ColumnKind.String or ColumnKind.Bool;
        return ColumnSample.FromPass(name, profile, categorical ? facts.ValueCounts(name) : null, () => facts.LoadFiniteValues(name), facts.Unload);
    }

    /// <summary>Every column the monitor compares is profiled; text and bool columns are counted too.</summary>
    private static void Plan(MonitorDefinition monitor, ScanPlan plan)
    {
        foreach (var name in monitor.Columns)
        {
            if (!plan.CanRead(name))
            {
                continue;
            }

            if (plan.KindOf(name) is ColumnKind.String or ColumnKind.Bool && monitor.EffectiveMethod != DriftMethod.DomainClassifier)
            {
                plan.Count(name);
            }
            else if (monitor.EffectiveMethod == DriftMethod.DomainClassifier)
            {
                plan.Read([name]);
            }
            else
            {
                plan.Gather(name);
            }
        }
    }

    /// <summary>A column with no values on one side: nothing to compare, but its null share can still fail the monitor.</summary>
    private static Measurement NullsOnly(ColumnDefinition column, ColumnSample reference, ColumnSample current, MonitorDefinition monitor, DriftMethod method)
    {
        var nulls = NullShareShift.Between(reference.Rows, reference.Nulls, current.Rows, current.Nulls);
        var empty = reference.ValueCount == 0 ? "reference" : "current";
        var metric = MetricCatalog.Describe(monitor);
        var drift = ColumnDriftJudge.Judge(new ColumnDrift(column, new DriftMethodChoice(method, null), metric, double.NaN) { Nulls = nulls }, new ThresholdPair(null, null), monitor);
        var summary = $"{ColumnDriftJudge.NullText(nulls)}; no non-null values in the {empty} snapshot to compare distributions";
        return new Measurement(double.NaN, new Evidence(summary, [ColumnDriftJudge.NullTable(drift)])) { Status = drift.Status };
    }

}
