using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// The labels of a separate labels snapshot (<c>labels: { snapshot, id, label, label_time }</c>), by id: read once
/// before the dataset's current pass, so the pass can give each prediction row its label as it goes by. A repeated id
/// is counted and keeps the label known last at the as-of instant (by label time, else the later row; when none was
/// known by then, the first to come after it); ids that no prediction asked for are counted as labels without a
/// prediction.
/// </summary>
internal sealed class LabelTable
{
    private readonly Dictionary<string, int> index;
    private readonly double[] labels;
    private readonly double[] times;
    private readonly int[] matched;

    private LabelTable(string path, Dictionary<string, int> index, double[] labels, double[] times, long rows, long duplicates, long withoutId)
    {
        Path = path;
        this.index = index;
        this.labels = labels;
        this.times = times;
        matched = new int[labels.Length];
        Rows = rows;
        Duplicates = duplicates;
        WithoutId = withoutId;
    }

    /// <summary>The labels snapshot.</summary>
    public string Path { get; }

    /// <summary>Rows of the labels snapshot.</summary>
    public long Rows { get; }

    /// <summary>Rows repeating an earlier row's id (the label known last is kept).</summary>
    public long Duplicates { get; }

    /// <summary>Rows without an id, which no prediction can join.</summary>
    public long WithoutId { get; }

    /// <summary>Distinct ids no prediction row joined, once the pass is done.</summary>
    public long Unmatched
    {
        get
        {
            long count = 0;
            foreach (var flag in matched)
            {
                count += flag == 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Reads the labels snapshot of <paramref name="dataset"/> when one of <paramref name="monitors"/> needs it; null when none does.</summary>
    /// <exception cref="SnapshotReadException">The labels snapshot cannot be read, or lacks the id or label column.</exception>
    public static LabelTable? ReadFor(DatasetDefinition dataset, IEnumerable<MonitorDefinition> monitors, Func<string, ISnapshotReader> open, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (dataset.Labels is not { Snapshot: { } path, Id: { } id } source || !monitors.Any(m => m.Enabled && m.Check is CheckKind.Performance or CheckKind.LabelCoverage))
        {
            return null;
        }

        var reader = open(path);
        var schema = reader.ReadSchema();
        var idKind = dataset.FindColumn(id)?.Type == ColumnType.Int64 ? ColumnKind.Int64 : ColumnKind.String;
        var requests = new List<ColumnRequest>
        {
            new(id, Readable(schema, path, id, idKind) ?? throw new SnapshotReadException(path, $"has no column '{id}' readable as {Word(idKind)} to join labels to predictions on")),
            new(source.Label, Readable(schema, path, source.Label, ColumnKind.Bool, ColumnKind.Int64, ColumnKind.Double) ?? throw new SnapshotReadException(path, $"has no label column '{source.Label}' readable as bool, int64 or double")),
        };
        if (source.LabelTime is { } labelTime)
        {
            requests.Add(new ColumnRequest(labelTime, Readable(schema, path, labelTime, ColumnKind.Timestamp, ColumnKind.Date) ?? throw new SnapshotReadException(path, $"has no label time column '{labelTime}' readable as a timestamp or date")));
        }

        var table = SnapshotTable.Load(reader, requests, null, cancellationToken);
        if (table.RowCount > int.MaxValue)
        {
            throw new SnapshotReadException(path, $"has {ValueFormat.Count(table.RowCount)} rows; a labels snapshot takes at most {ValueFormat.Count(int.MaxValue)}");
        }

        var rows = (int)table.RowCount;
        var asOfMicroseconds = (double)((asOf.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
        var idColumn = table[id];
        var labelValues = Values(table[source.Label]);
        var timeValues = source.LabelTime is { } known ? Values(table[known]) : null;
        var byId = new Dictionary<string, int>(rows, StringComparer.Ordinal);
        var keptLabels = new List<double>(rows);
        var keptTimes = new List<double>(rows);
        long duplicates = 0, withoutId = 0;
        for (var row = 0; row < rows; row++)
        {
            if (IdText(idColumn, row) is not { } key)
            {
                withoutId++;
                continue;
            }

            var time = timeValues?[row] ?? double.NaN;
            if (byId.TryGetValue(key, out var at))
            {
                duplicates++;
                if (Replaces(time, keptTimes[at], asOfMicroseconds))
                {
                    keptLabels[at] = labelValues[row];
                    keptTimes[at] = time;
                }

                continue;
            }

            byId[key] = keptLabels.Count;
            keptLabels.Add(labelValues[row]);
            keptTimes.Add(time);
        }

        return new LabelTable(path, byId, [.. keptLabels], [.. keptTimes], rows, duplicates, withoutId);
    }

    /// <summary>Whether a later row's label, known at <paramref name="time"/>, replaces the one kept, known at <paramref name="kept"/> (NaN: no time).</summary>
    private static bool Replaces(double time, double kept, double asOf)
    {
        bool Known(double t) => double.IsNaN(t) || t <= asOf;
        if (Known(time) != Known(kept))
        {
            return Known(time);
        }

        if (double.IsNaN(time) || double.IsNaN(kept))
        {
            return true; // no time to compare: the later row is the later word
        }

        // Both known: the one known last; both still to come: the one that comes first.
        return Known(time) ? time >= kept : time < kept;
    }

    /// <summary>The label and label time (NaN for none) of <paramref name="id"/>; false when no label has that id.</summary>
    public bool TryFind(string id, out double label, out double time)
    {
        if (index.TryGetValue(id, out var at))
        {
            Volatile.Write(ref matched[at], 1);
            label = labels[at];
            time = times[at];
            return true;
        }

        label = double.NaN;
        time = double.NaN;
        return false;
    }

    /// <summary>What the join left out, in words, or null.</summary>
    public string? Problems()
    {
        var parts = new List<string>();
        var unmatched = Unmatched;
        if (unmatched > 0)
        {
            parts.Add($"{ValueFormat.Count(unmatched)} labels in the labels snapshot without a prediction");
        }

        if (Duplicates > 0)
        {
            parts.Add($"{ValueFormat.Count(Duplicates)} duplicate labels (the one known last kept)");
        }

        if (WithoutId > 0)
        {
            parts.Add($"{ValueFormat.Count(WithoutId)} labels without an id");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>An id as the join compares it: text as it is, integers in invariant digits.</summary>
    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? IdText(Column column, int row) => column switch
    {
        _ when !column.Valid[row] => null,
        StringColumn text => text.Values[row],
        Int64Column integers => IdText(integers.Values[row]),
        _ => column.FormatValue(row),
    };

    private static ColumnKind? Readable(SnapshotSchema schema, string path, string name, params ColumnKind[] kinds)
    {
        if (schema.Find(name) is not { } field)
        {
            return null;
        }

        foreach (var kind in kinds)
        {
            if (field.CanBeReadAs(kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A column's values as doubles, NaN for null: bool as 0/1, times in microseconds (a date from the end of its day).</summary>
    private static double[] Values(Column column)
    {
        var values = new double[column.Length];
        for (var row = 0; row < values.Length; row++)
        {
            values[row] = !column.Valid[row] ? double.NaN : column switch
            {
                BoolColumn b => b.Values[row] ? 1 : 0,
                Int64Column i => i.Values[row],
                DoubleColumn d => d.Values[row],
                TimestampColumn t => t.Microseconds[row],
                DateColumn day => (day.Days[row] + 1.0) * 86_400_000_000,
                _ => double.NaN,
            };
        }

        return values;
    }

    private static string Word(ColumnKind kind) => kind == ColumnKind.Int64 ? "int64" : "text";
}
