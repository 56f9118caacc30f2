using System.Text;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The share of rows whose key repeats an earlier row's key: (rows − distinct keys) / rows, over
/// rows whose key columns are all non-null. Evidence gives the most repeated keys.
/// </summary>
public sealed class UniquenessCheck : MonitorCheck
{
    private const int TopKeys = 5;
    private const int KeysInSummary = 3;

    /// <inheritdoc />
    public override CheckKind Kind => CheckKind.Uniqueness;

    /// <inheritdoc />
    public override Measurement Measure(CheckContext context)
    {
        var columns = new List<Data.Columns.Column>();
        foreach (var name in context.Monitor.Columns)
        {
            columns.Add(context.Current[name]);
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long keyed = 0;
        var builder = new StringBuilder();
        var rows = (int)context.Current.RowCount;
        for (var row = 0; row < rows; row++)
        {
            var key = Key(columns, row, builder);
            if (key is null)
            {
                continue;
            }

            keyed++;
            counts.TryGetValue(key, out var count);
            counts[key] = count + 1;
        }

        if (keyed == 0)
        {
            throw new CheckException($"every row has a null in the key ({string.Join(", ", context.Monitor.Columns)})");
        }

        var duplicates = keyed - counts.Count;
        var share = (double)duplicates / keyed;
        var keyName = string.Join(", ", context.Monitor.Columns);
        if (duplicates == 0)
        {
            return new Measurement(0, Evidence.Of($"all {ValueFormat.Count(keyed)} keys ({keyName}) are unique"));
        }

        var repeated = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in counts)
        {
            if (pair.Value > 1)
            {
                repeated[pair.Key] = pair.Value;
            }
        }

        var ranked = ValueCounts.Ranked(repeated);
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

        var summary = $"{ValueFormat.Count(duplicates)} of {ValueFormat.Count(keyed)} rows ({ValueFormat.Percent(share)}) repeat an earlier key ({keyName}); {ValueFormat.Count(repeated.Count)} keys repeat, e.g. {string.Join(", ", examples)}";
        return new Measurement(share, new Evidence(summary, [new EvidenceTable("most repeated keys", ["key", "rows"], table)]));
    }

    private static string? Key(List<Data.Columns.Column> columns, int row, StringBuilder builder)
    {
        if (columns.Count == 1)
        {
            return columns[0].FormatValue(row);
        }

        builder.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            var part = columns[i].FormatValue(row);
            if (part is null)
            {
                return null;
            }

            if (i > 0)
            {
                builder.Append('\u001f');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
