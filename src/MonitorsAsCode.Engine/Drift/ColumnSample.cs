using System.Buffers;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Engine.Checks;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// One snapshot's side of a drift comparison: the finite values of a numeric column (read only) or the
/// category counts of a text or bool column, with the rows, nulls and non-finite values left out.
/// </summary>
/// <remarks>
/// A double column with neither nulls nor NaN or infinities is its own sample, borrowed rather than copied.
/// Any other numeric column is copied (compacted, converted to double) only when its values are first asked
/// for, into a buffer rented from the shared pool, and <see cref="Release"/> hands the copy back early: a
/// binned method needs one side's values at a time, so a dataset drift monitor over millions of rows holds
/// at most one copy per column being measured rather than a second copy of every column.
/// </remarks>
internal sealed class ColumnSample : IDisposable
{
    private const int MaxInstances = 16_384;

    private readonly Column? column;

    /// <summary>Reads the finite values from the snapshot when the sample was made from a pass rather than a column.</summary>
    private readonly Func<double[]>? load;

    /// <summary>Hands a loaded array back (to the memory budget).</summary>
    private readonly Action<double[]>? unload;

    /// <summary>The values when materialized: the column's own array (borrowed), a rented copy, or a loaded array.</summary>
    private double[]? buffer;

    private bool rented;

    private ColumnSample(Column column, long nulls)
    {
        this.column = column;
        Name = column.Name;
        Rows = column.Length;
        Nulls = nulls;
    }

    private ColumnSample(string name, long rows, long nulls, Func<double[]>? load, Action<double[]>? unload)
    {
        Name = name;
        Rows = rows;
        Nulls = nulls;
        this.load = load;
        this.unload = unload;
    }

    public string Name { get; }

    /// <summary>Rows in the snapshot.</summary>
    public long Rows { get; }

    /// <summary>Null rows.</summary>
    public long Nulls { get; }

    /// <summary>Non-null values left out because they are NaN or infinite (numeric columns).</summary>
    public long NonFinite => NotANumber + PositiveInfinities + NegativeInfinities;

    /// <summary>Non-null NaN values left out (numeric columns).</summary>
    public long NotANumber { get; private set; }

    /// <summary>Non-null +∞ values left out (numeric columns).</summary>
    public long PositiveInfinities { get; private set; }

    /// <summary>Non-null −∞ values left out (numeric columns).</summary>
    public long NegativeInfinities { get; private set; }

    /// <summary>Whether the values are numbers rather than categories.</summary>
    public bool IsNumeric => Counts is null;

    /// <summary>
    /// The finite values of a numeric column (empty for categories), in column order: the column's own array
    /// when nothing had to be left out or converted, otherwise a compacted copy made on first use and kept
    /// until <see cref="Release"/>.
    /// </summary>
    public ReadOnlySpan<double> Values
    {
        get
        {
            if (!IsNumeric)
            {
                return ReadOnlySpan<double>.Empty;
            }

            buffer ??= load is not null ? load() : Copy();
            return buffer.AsSpan(0, (int)ValueCount);
        }
    }

    /// <summary>The smallest and largest finite value (numeric columns with values).</summary>
    public double Minimum { get; private set; } = double.NaN;

    /// <summary>The largest finite value.</summary>
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>Counts per category of a text or bool column.</summary>
    public Dictionary<string, long>? Counts { get; private set; }

    /// <summary>Values compared: finite numbers, or non-null categories.</summary>
    public long ValueCount { get; private set; }

    /// <summary>Reads <paramref name="column"/> once, counting; numeric values are not copied yet.</summary>
    public static ColumnSample Of(Column column)
    {
        var valid = column.Valid;
        var present = 0;
        for (var i = 0; i < valid.Length; i++)
        {
            present += valid[i] ? 1 : 0;
        }

        var sample = new ColumnSample(column, column.Length - present);
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

        long kept = 0;
        long notANumber = 0, positive = 0, negative = 0;
        double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity;
        if (column is DoubleColumn doubles)
        {
            var source = doubles.Values;
            for (var i = 0; i < source.Length; i++)
            {
                var value = source[i];
                if (!valid[i])
                {
                    continue;
                }

                if (double.IsFinite(value))
                {
                    kept++;
                    minimum = Math.Min(minimum, value);
                    maximum = Math.Max(maximum, value);
                }
                else if (double.IsNaN(value))
                {
                    notANumber++;
                }
                else if (value > 0)
                {
                    positive++;
                }
                else
                {
                    negative++;
                }
            }

            if (kept == source.Length)
            {
                sample.buffer = source;
            }
        }
        else
        {
            var (integers, days) = Integers(column);
            for (var i = 0; i < valid.Length; i++)
            {
                if (valid[i])
                {
                    double value = integers is not null ? integers[i] : days![i]; // Integers returns one of the two
                    kept++;
                    minimum = Math.Min(minimum, value);
                    maximum = Math.Max(maximum, value);
                }
            }
        }

        sample.NotANumber = notANumber;
        sample.PositiveInfinities = positive;
        sample.NegativeInfinities = negative;
        sample.ValueCount = kept;
        if (kept > 0)
        {
            sample.Minimum = minimum;
            sample.Maximum = maximum;
        }

        return sample;
    }

    /// <summary>
    /// A sample of a column that one pass over a snapshot profiled (and, for text and bool, counted): numeric values
    /// are read from the snapshot by <paramref name="load"/> only when first asked for, and handed to
    /// <paramref name="unload"/> on <see cref="Release"/>.
    /// </summary>
    public static ColumnSample FromPass(string name, Scanning.ColumnProfile profile, Dictionary<string, long>? counts, Func<double[]> load, Action<double[]> unload)
    {
        var sample = new ColumnSample(name, profile.Rows, profile.Nulls, counts is null ? load : null, counts is null ? unload : null);
        if (counts is not null)
        {
            sample.Counts = counts;
            long total = 0;
            foreach (var count in counts.Values)
            {
                total += count;
            }

            sample.ValueCount = total;
            return sample;
        }

        sample.NotANumber = profile.NotANumber;
        sample.PositiveInfinities = profile.PositiveInfinities;
        sample.NegativeInfinities = profile.NegativeInfinities;
        sample.ValueCount = profile.Finite;
        sample.Minimum = profile.Minimum;
        sample.Maximum = profile.Maximum;
        return sample;
    }

    /// <summary>Returns a copy of the values to the pool; <see cref="Values"/> copies again if asked.</summary>
    public void Release()
    {
        if (load is not null && buffer is { } loaded)
        {
            buffer = null;
            unload?.Invoke(loaded);
            return;
        }

        if (rented && buffer is { } copy)
        {
            buffer = null;
            rented = false;
            ArrayPool<double>.Shared.Return(copy);
        }
    }

    /// <summary>Returns any copy of the values to the pool.</summary>
    public void Dispose() => Release();

    private static (long[]? Integers, int[]? Days) Integers(Column column)
    {
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

        return (integers, days);
    }

    /// <summary>The finite values of the column, compacted and converted, in a rented buffer.</summary>
    private double[] Copy()
    {
        var column = this.column!; // samples made without a column load their values instead
        var values = ArrayPool<double>.Shared.Rent((int)Math.Max(ValueCount, 1));
        rented = true;
        FiniteValues.TryCopy(column, values, out _);
        return values;
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
