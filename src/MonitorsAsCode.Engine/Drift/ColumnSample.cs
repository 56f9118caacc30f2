using System.Buffers;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Checks;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// One snapshot's side of a drift comparison: the finite values of a numeric column (in no particular
/// order; quantile selection reorders them) or the category counts of a text or bool column, with the
/// rows, nulls and non-finite values left out.
/// </summary>
internal sealed class ColumnSample : IDisposable
{
    private const int MaxInstances = 16_384;

    private ColumnSample(string name, long rows, long nulls)
    {
        Name = name;
        Rows = rows;
        Nulls = nulls;
    }

    public string Name { get; }

    /// <summary>Rows in the snapshot.</summary>
    public long Rows { get; }

    /// <summary>Null rows.</summary>
    public long Nulls { get; }

    /// <summary>Non-null values left out because they are NaN or infinite (numeric columns).</summary>
    public long NonFinite { get; private set; }

    /// <summary>Whether the values are numbers rather than categories.</summary>
    public bool IsNumeric => buffer is not null;

    /// <summary>
    /// The finite values of a numeric column (empty for categories), in a buffer rented from the shared pool:
    /// samples of millions of values come and go per column, and renting keeps them off the large-object heap.
    /// </summary>
    public Span<double> Values => buffer is null ? Span<double>.Empty : buffer.AsSpan(0, (int)ValueCount);

    private double[]? buffer;

    /// <summary>The smallest and largest finite value (numeric columns with values).</summary>
    public double Minimum { get; private set; } = double.NaN;

    /// <summary>The largest finite value.</summary>
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>Counts per category of a text or bool column.</summary>
    public Dictionary<string, long>? Counts { get; private set; }

    /// <summary>Values compared: finite numbers, or non-null categories.</summary>
    public long ValueCount { get; private set; }

    /// <summary>Reads <paramref name="column"/> once.</summary>
    public static ColumnSample Of(Column column)
    {
        var valid = column.Valid;
        var present = 0;
        for (var i = 0; i < valid.Length; i++)
        {
            present += valid[i] ? 1 : 0;
        }

        var sample = new ColumnSample(column.Name, column.Length, column.Length - present);
        if (column.Kind is ColumnKind.String or ColumnKind.Bool)
        {
            sample.Counts = Categories(column);
            long total = 0;
            foreach (var count in sample.Counts.Values)
            {
                total += count;
            }

            sample.ValueCount = total;
            return sample;
        }

        var values = ArrayPool<double>.Shared.Rent(Math.Max(present, 1));
        var kept = 0;
        long nonFinite = 0;
        double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity;
        switch (column)
        {
            case DoubleColumn doubles:
                var source = doubles.Values;
                for (var i = 0; i < source.Length; i++)
                {
                    if (!valid[i])
                    {
                        continue;
                    }

                    var value = source[i];
                    if (double.IsFinite(value))
                    {
                        values[kept++] = value;
                        minimum = Math.Min(minimum, value);
                        maximum = Math.Max(maximum, value);
                    }
                    else
                    {
                        nonFinite++;
                    }
                }

                break;
            default:
                var integers = column switch
                {
                    Int64Column l => l.Values,
                    TimestampColumn t => t.Microseconds,
                    _ => null,
                };
                var days = (column as DateColumn)?.Days;
                if (integers is null && days is null)
                {
                    throw new CheckException($"column '{column.Name}' is not numeric");
                }

                for (var i = 0; i < valid.Length; i++)
                {
                    if (valid[i])
                    {
                        double value = integers is not null ? integers[i] : days![i]; // one of the two is set, checked above
                        values[kept++] = value;
                        minimum = Math.Min(minimum, value);
                        maximum = Math.Max(maximum, value);
                    }
                }

                break;
        }

        sample.buffer = values;
        sample.NonFinite = nonFinite;
        sample.ValueCount = kept;
        if (kept > 0)
        {
            sample.Minimum = minimum;
            sample.Maximum = maximum;
        }

        return sample;
    }

    /// <summary>Returns the value buffer to the pool; the sample must not be used afterwards.</summary>
    public void Dispose()
    {
        if (buffer is { } rented)
        {
            buffer = [];
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Category counts by ordinal text. Snapshot readers pool repeated strings, so counting by reference
    /// first and merging equal texts after keeps a scan of millions of rows to a pointer hash per row.
    /// </summary>
    private static Dictionary<string, long> Categories(Column column)
    {
        if (column is not StringColumn strings)
        {
            return ValueCounts.Of(column);
        }

        var byReference = new Dictionary<string, long>(ReferenceEqualityComparer.Instance);
        var values = strings.Values;
        var valid = strings.Valid;
        for (var i = 0; i < values.Length; i++)
        {
            if (valid[i] && values[i] is { } value)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(byReference, value, out _);
                count++;

                // Unpooled text (long or many distinct values): counting by reference would only add work.
                if (byReference.Count > MaxInstances)
                {
                    return ValueCounts.Of(column);
                }
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in byReference)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, pair.Key, out _);
            count += pair.Value;
        }

        return counts;
    }
}
