using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Statistics.Performance;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of mature predictions (old enough by the maturity rule) whose label is known at the as-of instant, with its
/// Wilson interval; what the rule leaves out and labels without a prediction are counted in the evidence. With no
/// mature prediction the monitor is skipped, never passed.
/// </summary>
internal sealed class LabelCoverageCheck : MonitorCheck
{
    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.LabelCoverage;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var gathered = LabelledRows.Gathered(context, context.Current);
        var counts = gathered.Counts;
        var leftOut = LabelledRows.LeftOut(gathered, context.Dataset);
        var suffix = leftOut is null ? string.Empty : "; " + leftOut;
        if (counts.Mature == 0)
        {
            return new Measurement(double.NaN, Evidence.Of($"no mature predictions to measure label coverage on{suffix}")) { Status = CheckStatus.Skipped };
        }

        var share = (double)counts.Labelled / counts.Mature;
        var interval = WilsonInterval.Of(counts.Labelled, counts.Mature);
        var summary = $"{ValueFormat.Percent(share)} of {ValueFormat.Count(counts.Mature)} mature predictions have a label ({ValueFormat.Count(counts.Labelled)}), {PerformanceText.Interval(interval, "Wilson", MetricUnit.Share)}{suffix}";
        return new Measurement(share, Evidence.Of(summary)) { Interval = ValueInterval.Of(interval, "wilson") };
    }

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf) =>
        LabelledRows.Plan(monitor, plan, asOf, keepPairs: false);
}
