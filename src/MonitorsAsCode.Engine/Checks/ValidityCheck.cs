using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of non-null current values that are invalid: outside <c>[min, max]</c> (NaN counts as
/// invalid), not in the <c>allowed</c> list, or — with <c>allowed: reference</c> — never seen in the
/// reference snapshot. Evidence lists the most frequent invalid values.
/// </summary>
internal sealed class ValidityCheck : MonitorCheck
{
    private const int TopValues = 5;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Validity;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) =>
        monitor.AllowedFromReference ? monitor.Columns : [];

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var monitor = context.Monitor;
        var name = context.SingleColumn();
        var profile = context.Current.Profile(name);
        var nonNull = profile.Rows - profile.Nulls;
        if (nonNull == 0)
        {
            throw new CheckException($"column '{name}' has no non-null values to validate");
        }

        if (monitor.AllowedFromReference)
        {
            // Throws when the reference's values did not fit the memory limit.
            context.RequireReference().ValueCounts(name);
        }

        var found = context.Current.Get<InvalidValuesAccumulator>(Key(monitor));
        if (found.Failure is { } failure)
        {
            throw new CheckException(failure);
        }

        var hasRange = monitor.Min is not null || monitor.Max is not null;
        var min = monitor.Min ?? double.NegativeInfinity;
        var max = monitor.Max ?? double.PositiveInfinity;
        var share = (double)found.InvalidCount / nonNull;
        return new Measurement(share, Describe(monitor, name, found.Invalid, found.InvalidCount, nonNull, found.Below, found.Above, hasRange, min, max));
    }

    /// <inheritdoc />
    internal override void PlanReference(MonitorDefinition monitor, ScanPlan plan)
    {
        if (monitor.AllowedFromReference && monitor.Column is { } column)
        {
            plan.Count(column);
        }
    }

    /// <inheritdoc />
    internal override void PlanCurrent(MonitorDefinition monitor, ScanPlan plan, SnapshotFacts? reference, DateTimeOffset asOf)
    {
        if (monitor.Column is not { } column)
        {
            return;
        }

        plan.Read([column]);
        HashSet<string>? seen = null;
        if (monitor.AllowedFromReference)
        {
            if (reference is null || !reference.Contains(column))
            {
                return;
            }

            try
            {
                seen = new HashSet<string>(reference.ValueCounts(column).Keys, StringComparer.Ordinal);
            }
            catch (MemoryLimitException)
            {
                // Measure reports it.
                return;
            }
        }

        var allowed = monitor.Allowed is null ? null : new HashSet<string>(monitor.Allowed, StringComparer.Ordinal);
        if (plan.CanRead(column))
        {
            plan.Add(Key(monitor), new InvalidValuesAccumulator(column, plan.KindOf(column), monitor.Min, monitor.Max, allowed, seen, plan.Budget, monitor.Id));
        }
    }

    private static string Key(MonitorDefinition monitor) => "validity:" + monitor.Id;

    private static Evidence Describe(MonitorDefinition monitor, string column, Dictionary<string, long> invalid, long invalidCount, long nonNull, long below, long above, bool hasRange, double min, double max)
    {
        if (invalidCount == 0)
        {
            return Evidence.Of($"all {ValueFormat.Count(nonNull)} non-null values of '{column}' are valid");
        }

        var rule = new List<string>();
        if (hasRange)
        {
            rule.Add($"outside [{ValueFormat.Number(min)}, {ValueFormat.Number(max)}]");
        }

        if (monitor.Allowed is not null)
        {
            rule.Add("not in the allowed list");
        }

        if (monitor.AllowedFromReference)
        {
            rule.Add("never seen in the reference");
        }

        var ranked = ValueCounts.Ranked(invalid);
        var top = new List<string>();
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        for (var i = 0; i < ranked.Count && i < TopValues; i++)
        {
            top.Add($"'{ranked[i].Key}' ({ValueFormat.Count(ranked[i].Value)})");
            rows.Add([ranked[i].Key, ranked[i].Value, (double)ranked[i].Value / nonNull]);
        }

        var summary = $"{ValueFormat.Percent((double)invalidCount / nonNull)} of values ({ValueFormat.Count(invalidCount)} of {ValueFormat.Count(nonNull)}) are {string.Join(" or ", rule)}: {string.Join(", ", top)}";
        if (ranked.Count > TopValues)
        {
            summary += $" and {ValueFormat.Count(ranked.Count - TopValues)} more distinct values";
        }

        var details = new List<EvidenceTable> { new("top invalid values", ["value", "rows", "share"], rows) };
        if (hasRange && (below > 0 || above > 0))
        {
            details.Add(new EvidenceTable("out of range", ["side", "rows"], [["below min", below], ["above max", above]]));
        }

        return new Evidence(summary, details);
    }
}
