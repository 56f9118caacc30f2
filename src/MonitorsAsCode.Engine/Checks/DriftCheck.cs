using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// How far a column's current distribution has moved from the reference. Numeric columns (double,
/// int64, timestamp, date) are binned at the reference's quantiles for <c>psi</c> and
/// <c>jensen-shannon</c>; text and bool columns are compared category by category over the union of
/// both samples; <c>wasserstein</c> compares numeric samples directly. Nulls are excluded (the
/// completeness check watches them), as are NaN and infinities, which the evidence counts.
/// </summary>
public sealed class DriftCheck : MonitorCheck
{
    private const int ShownBins = 5;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Drift;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceColumns(MonitorDefinition monitor) => monitor.Columns;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var name = context.SingleColumn();
        var current = context.Current[name];
        var reference = context.RequireReference()[name];
        var method = context.Monitor.Method ?? DriftMethod.Psi;
        if (current.Kind is ColumnKind.String or ColumnKind.Bool)
        {
            if (method == DriftMethod.Wasserstein)
            {
                throw new CheckException($"wasserstein needs a numeric column, and '{name}' holds categories");
            }

            return Categorical(method, reference, current);
        }

        var referenceValues = FiniteValues(reference, out var referenceDropped);
        var currentValues = FiniteValues(current, out var currentDropped);
        RequireValues(name, referenceValues.Length, "reference");
        RequireValues(name, currentValues.Length, "current");
        var dropped = referenceDropped + currentDropped == 0
            ? string.Empty
            : $"; NaN/infinite values left out: {ValueFormat.Count(referenceDropped)} in reference, {ValueFormat.Count(currentDropped)} in current";
        if (method == DriftMethod.Wasserstein)
        {
            return Wasserstein(referenceValues, currentValues, dropped);
        }

        var bins = QuantileBins.FromReference(referenceValues, context.Monitor.Bins ?? QuantileBins.DefaultBinCount);
        var labels = new string[bins.BinCount];
        for (var i = 0; i < labels.Length; i++)
        {
            var lower = i == 0 ? "(-inf" : "(" + ValueFormat.Number(bins.Edges[i - 1]);
            var upper = i == labels.Length - 1 ? "+inf)" : ValueFormat.Number(bins.Edges[i]) + "]";
            labels[i] = lower + ", " + upper;
        }

        return Binned(method, labels, bins.Count(referenceValues), bins.Count(currentValues), "bin", dropped);
    }

    private static Measurement Categorical(DriftMethod method, Column reference, Column current)
    {
        var referenceCounts = ValueCounts.Of(reference);
        var currentCounts = ValueCounts.Of(current);
        RequireValues(current.Name, referenceCounts.Count, "reference");
        RequireValues(current.Name, currentCounts.Count, "current");
        var categories = new SortedSet<string>(referenceCounts.Keys, StringComparer.Ordinal);
        categories.UnionWith(currentCounts.Keys);
        var labels = new string[categories.Count];
        var referenceAligned = new long[categories.Count];
        var currentAligned = new long[categories.Count];
        var index = 0;
        foreach (var category in categories)
        {
            labels[index] = category;
            referenceAligned[index] = referenceCounts.GetValueOrDefault(category);
            currentAligned[index] = currentCounts.GetValueOrDefault(category);
            index++;
        }

        return Binned(method, labels, referenceAligned, currentAligned, "category", string.Empty);
    }

    private static Measurement Binned(DriftMethod method, string[] labels, long[] referenceCounts, long[] currentCounts, string unit, string dropped)
    {
        double value;
        double[]? contributions = null;
        if (method == DriftMethod.Psi)
        {
            var psi = PopulationStabilityIndex.FromCounts(referenceCounts, currentCounts);
            value = psi.Value;
            contributions = [.. psi.BinContributions];
        }
        else
        {
            value = JensenShannonDistance.FromCounts(referenceCounts, currentCounts);
        }

        var referenceTotal = Sum(referenceCounts);
        var currentTotal = Sum(currentCounts);
        var order = new int[labels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var shift = new double[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            shift[i] = Math.Abs(((double)currentCounts[i] / currentTotal) - ((double)referenceCounts[i] / referenceTotal));
        }

        Array.Sort(order, (a, b) =>
        {
            var byShift = shift[b].CompareTo(shift[a]);
            return byShift != 0 ? byShift : a.CompareTo(b);
        });

        var columns = contributions is null
            ? new[] { unit, "reference share", "current share" }
            : new[] { unit, "reference share", "current share", "psi contribution" };
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        var moves = new List<string>();
        for (var k = 0; k < order.Length && k < ShownBins; k++)
        {
            var i = order[k];
            var referenceShare = (double)referenceCounts[i] / referenceTotal;
            var currentShare = (double)currentCounts[i] / currentTotal;
            rows.Add(contributions is null
                ? [labels[i], referenceShare, currentShare]
                : [labels[i], referenceShare, currentShare, contributions[i]]);
            if (k < 2 && shift[i] > 0)
            {
                var note = referenceCounts[i] == 0 ? " (new)" : currentCounts[i] == 0 ? " (gone)" : string.Empty;
                moves.Add($"{(unit == "category" ? "'" + labels[i] + "'" : labels[i])}{note} {ValueFormat.Percent(referenceShare)} → {ValueFormat.Percent(currentShare)}");
            }
        }

        var summary = moves.Count == 0
            ? $"{labels.Length} {Plural(unit)}, shares unchanged{dropped}"
            : $"largest moves: {string.Join("; ", moves)} (over {labels.Length} {Plural(unit)}){dropped}";
        var title = unit == "category" ? "categories that moved most" : "bins that moved most";
        return new Measurement(value, new Evidence(summary, [new EvidenceTable(title, columns, rows)]));
    }

    private static string Plural(string unit) => unit == "category" ? "categories" : unit + "s";

    private static Measurement Wasserstein(double[] reference, double[] current, string dropped)
    {
        var distance = WassersteinDistance.Between(reference, current);
        Array.Sort(reference);
        Array.Sort(current);
        double[] levels = [0.1, 0.25, 0.5, 0.75, 0.9];
        var rows = new List<IReadOnlyList<EvidenceCell>>();
        foreach (var level in levels)
        {
            rows.Add([$"p{level * 100:0}", Quantile(reference, level), Quantile(current, level)]);
        }

        var summary = $"distance {ValueFormat.Short(distance.Value)} over reference std {ValueFormat.Short(distance.ReferenceStandardDeviation)}; median {ValueFormat.Short(Quantile(reference, 0.5))} → {ValueFormat.Short(Quantile(current, 0.5))}{dropped}";
        return new Measurement(distance.Normed, new Evidence(summary, [new EvidenceTable("quantiles", ["quantile", "reference", "current"], rows)]));
    }

    private static double Quantile(double[] sorted, double level)
    {
        var position = level * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private static double[] FiniteValues(Column column, out long dropped)
    {
        var values = new List<double>(column.Length);
        dropped = 0;
        for (var i = 0; i < column.Length; i++)
        {
            if (!column.Valid[i])
            {
                continue;
            }

            var value = column switch
            {
                DoubleColumn d => d.Values[i],
                Int64Column l => l.Values[i],
                TimestampColumn t => t.Microseconds[i],
                DateColumn d => d.Days[i],
                _ => throw new CheckException($"column '{column.Name}' is not numeric"),
            };
            if (double.IsFinite(value))
            {
                values.Add(value);
            }
            else
            {
                dropped++;
            }
        }

        return [.. values];
    }

    private static void RequireValues(string column, long count, string snapshot)
    {
        if (count == 0)
        {
            throw new CheckException($"column '{column}' has no non-null values in the {snapshot} snapshot to compare");
        }
    }

    private static long Sum(long[] counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        return total;
    }
}
