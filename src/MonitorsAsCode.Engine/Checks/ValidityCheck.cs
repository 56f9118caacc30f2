using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of non-null current values that are invalid: outside <c>[min, max]</c> (NaN counts as
/// invalid), not in the <c>allowed</c> list, or — with <c>allowed: reference</c> — never seen in the
/// reference snapshot. Evidence lists the most frequent invalid values.
/// </summary>
public sealed class ValidityCheck : MonitorCheck
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
        var column = context.CurrentColumn();
        var nonNull = column.Length - column.NullCount;
        if (nonNull == 0)
        {
            throw new CheckException($"column '{column.Name}' has no non-null values to validate");
        }

        HashSet<string>? allowed = monitor.Allowed is null ? null : new HashSet<string>(monitor.Allowed, StringComparer.Ordinal);
        HashSet<string>? seen = null;
        if (monitor.AllowedFromReference)
        {
            seen = new HashSet<string>(ValueCounts.Of(context.RequireReference()[column.Name]).Keys, StringComparer.Ordinal);
        }

        var invalid = new Dictionary<string, long>(StringComparer.Ordinal);
        long below = 0, above = 0, invalidCount = 0;
        var hasRange = monitor.Min is not null || monitor.Max is not null;
        var min = monitor.Min ?? double.NegativeInfinity;
        var max = monitor.Max ?? double.PositiveInfinity;
        for (var i = 0; i < column.Length; i++)
        {
            if (!column.Valid[i])
            {
                continue;
            }

            var bad = false;
            if (hasRange)
            {
                var value = NumericValue(column, i);
                if (double.IsNaN(value) || value < min)
                {
                    below += double.IsNaN(value) ? 0 : 1;
                    bad = true;
                }
                else if (value > max)
                {
                    above++;
                    bad = true;
                }
            }

            if (!bad && (allowed is not null || seen is not null))
            {
                var text = column.FormatValue(i)!;
                bad = (allowed is not null && !allowed.Contains(text)) || (seen is not null && !seen.Contains(text));
            }

            if (bad)
            {
                invalidCount++;
                var key = column.FormatValue(i)!;
                invalid.TryGetValue(key, out var count);
                invalid[key] = count + 1;
            }
        }

        var share = (double)invalidCount / nonNull;
        return new Measurement(share, Describe(monitor, column.Name, invalid, invalidCount, nonNull, below, above, hasRange, min, max));
    }

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

    private static double NumericValue(Column column, int row) => column switch
    {
        DoubleColumn doubles => doubles.Values[row],
        Int64Column longs => longs.Values[row],
        _ => throw new CheckException($"column '{column.Name}' is not numeric, so it has no min/max range"),
    };
}
