using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of nulls in a column of the current snapshot, with the reference's share for
/// comparison when the reference is read anyway. When there are nulls, the evidence says where
/// they concentrate: the value of a low-cardinality text column (a segment or categorical
/// feature) whose rows hold the most of them, such as "country = DE: 100% null, 0% elsewhere".
/// </summary>
internal sealed class CompletenessCheck : MonitorCheck
{
    /// <summary>Columns with more distinct values than this are not segments worth naming.</summary>
    public const int MaxSegmentValues = 50;

    private const int ShownSegments = 5;

    private const string SegmentsKey = "completeness:segments";

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Completeness;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceColumns(MonitorDefinition monitor, DatasetDefinition dataset)
    {
        var columns = new List<string>();
        foreach (var column in dataset.Columns)
        {
            if (IsSegment(column) && !monitor.Columns.Contains(column.Name))
            {
                columns.Add(column.Name);
            }
        }

        return columns;
    }

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var name = context.SingleColumn();
        var profile = context.Current.Profile(name);
        var nulls = profile.Nulls;
        var rows = profile.Rows;
        var share = rows == 0 ? 0 : (double)nulls / rows;
        var summary = $"{ValueFormat.Percent(share)} of {ValueFormat.Count(rows)} rows are null ({ValueFormat.Count(nulls)})";
        if (context.Reference is { } reference && reference.Contains(name) && reference.RowCount > 0)
        {
            var referenceShare = (double)reference.Profile(name).Nulls / reference.RowCount;
            summary += $"; reference {ValueFormat.Percent(referenceShare)}";
        }

        var details = new List<EvidenceTable>();
        if (nulls > 0 && nulls < rows && Concentration(context, name, rows, nulls) is { } segments)
        {
            var top = segments.Rows[0];
            summary += $"; most nulls where {segments.Columns[0]} = {top[0]}: {ValueFormat.Percent(top[2].Number ?? 0)} null there, {ValueFormat.Percent(top[4].Number ?? 0)} elsewhere";
            details.Add(segments);
        }

        return new Measurement(share, new Evidence(summary, details));
    }

    /// <summary>The pass counts, for every completeness monitor of the dataset at once, the nulls per value of each candidate segment column.</summary>
    internal static void PlanSegments(IEnumerable<MonitorDefinition> monitors, ScanPlan plan)
    {
        var targets = new List<string>();
        foreach (var monitor in monitors)
        {
            if (monitor.Enabled && monitor.Check == CheckKind.Completeness && monitor.Column is { } column && plan.CanRead(column) && !targets.Contains(column, StringComparer.Ordinal))
            {
                targets.Add(column);
            }
        }

        var segments = new List<string>();
        foreach (var column in plan.Dataset.Columns)
        {
            if (IsSegment(column) && plan.CanRead(column.Name))
            {
                segments.Add(column.Name);
            }
        }

        if (targets.Count > 0 && segments.Count > 0)
        {
            plan.Add(SegmentsKey, new NullSegmentsAccumulator(targets, segments));
        }
    }

    private static bool IsSegment(ColumnDefinition column) =>
        column.Type is ColumnType.String or ColumnType.Bool && column.Role is ColumnRole.Segment or ColumnRole.Feature or ColumnRole.ModelVersion;

    /// <summary>
    /// For each candidate column, the null share of the checked column per value; picks the column
    /// whose top value separates nulls best (largest gap between the null share inside and outside it).
    /// </summary>
    private static EvidenceTable? Concentration(CheckContext context, string target, long length, long totalNulls)
    {
        if (!context.Current.HasAccumulator(SegmentsKey))
        {
            return null;
        }

        var counts = context.Current.Get<NullSegmentsAccumulator>(SegmentsKey);
        EvidenceTable? best = null;
        var bestGap = 0.0;
        foreach (var name in EvidenceColumns(context))
        {
            if (counts.Rows(name) is not { } rows)
            {
                continue;
            }

            var nulls = counts.Nulls(target, name);
            var ranked = new List<(string Value, long Rows, long Nulls, double Inside, double Outside)>();
            foreach (var pair in rows)
            {
                var inside = nulls.GetValueOrDefault(pair.Key);
                var outsideRows = length - pair.Value;
                if (outsideRows == 0)
                {
                    // One value covers every row: there is nothing to compare it with.
                    continue;
                }

                var outside = (double)(totalNulls - inside) / outsideRows;
                ranked.Add((pair.Key, pair.Value, inside, (double)inside / pair.Value, outside));
            }

            if (ranked.Count == 0)
            {
                continue;
            }

            ranked.Sort((a, b) =>
            {
                var order = (b.Inside - b.Outside).CompareTo(a.Inside - a.Outside);
                return order != 0 ? order : string.CompareOrdinal(a.Value, b.Value);
            });
            var gap = ranked[0].Inside - ranked[0].Outside;
            if (gap <= bestGap)
            {
                continue;
            }

            bestGap = gap;
            var table = new List<IReadOnlyList<EvidenceCell>>();
            for (var i = 0; i < ranked.Count && i < ShownSegments; i++)
            {
                table.Add([ranked[i].Value, ranked[i].Rows, ranked[i].Inside, ranked[i].Nulls, ranked[i].Outside]);
            }

            best = new EvidenceTable($"null share of '{target}' by {name}", [name, "rows", "null share", "nulls", "null share elsewhere"], table);
        }

        // Only worth saying when nulls clearly concentrate somewhere.
        return bestGap >= 0.05 ? best : null;
    }

    private static IEnumerable<string> EvidenceColumns(CheckContext context)
    {
        foreach (var column in context.Dataset.Columns)
        {
            if (context.Current.Contains(column.Name)
                && !context.Monitor.Columns.Contains(column.Name)
                && IsSegment(column))
            {
                yield return column.Name;
            }
        }
    }
}
