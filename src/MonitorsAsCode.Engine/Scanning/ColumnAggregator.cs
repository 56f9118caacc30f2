using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Statistics.Descriptive;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Computes the requested <see cref="ColumnAggregates"/> of one column part by part: ranges and
/// finiteness in vector loops, summaries through <see cref="SummaryStatistics.AddRange"/>, and value
/// counts of dictionary-encoded text as counts per code, turned into strings once per column chunk.
/// </summary>
internal sealed class ColumnAggregator(string name, ColumnKind kind, ColumnAggregates wanted) : ColumnAccumulator
{
    private const int Block = 4096;

    private readonly bool range = (wanted & ColumnAggregates.Range) != 0;
    private readonly bool summarise = (wanted & ColumnAggregates.Summary) != 0 && kind is ColumnKind.Double or ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date;
    private readonly bool count = (wanted & (ColumnAggregates.ValueCounts | ColumnAggregates.Distinct)) != 0;

    private long nulls;
    private long present;

    private double lowDouble = double.PositiveInfinity;
    private double highDouble = double.NegativeInfinity;
    private bool anyDouble;
    private long lowLong = long.MaxValue;
    private long highLong = long.MinValue;
    private string? lowText;
    private string? highText;
    private long trues;
    private long falses;

    private SummaryStatistics? summary;
    private Dictionary<string, long>? textCounts;
    private Dictionary<long, long>? longCounts;
    private Dictionary<double, long>? doubleCounts;

    // Dictionary-encoded text: counts per code of the current chunk's dictionary.
    private readonly CodeTally codes = new();

    public override bool NeedsValues => range || summarise || count;

    public override ColumnAccumulator CreateEmpty() => new ColumnAggregator(name, kind, wanted);

    public override void AddNulls(long rows) => nulls += rows;

    public override void AddSkippedValues(long rows) => present += rows;

    public override void AddDoubles(ReadOnlySpan<double> values)
    {
        present += values.Length;
        if (range)
        {
            DoubleRange(values);
        }

        if (summarise)
        {
            summary ??= new SummaryStatistics();
            summary.AddFiniteRange(values);
        }

        if (count)
        {
            doubleCounts ??= [];
            foreach (var value in values)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(doubleCounts, value, out _)++;
            }
        }
    }

    public override void AddInt64s(ReadOnlySpan<long> values)
    {
        present += values.Length;
        if (range)
        {
            LongRange(values);
        }

        if (summarise)
        {
            summary ??= new SummaryStatistics();
            var buffer = ArrayPool<double>.Shared.Rent(Math.Min(Block, values.Length));
            try
            {
                for (var start = 0; start < values.Length; start += Block)
                {
                    var block = values.Slice(start, Math.Min(Block, values.Length - start));
                    ToDoubles(block, buffer);
                    summary.AddRange(buffer.AsSpan(0, block.Length));
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(buffer);
            }
        }

        if (count)
        {
            longCounts ??= [];
            foreach (var value in values)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(longCounts, value, out _)++;
            }
        }
    }

    public override void AddInt32s(ReadOnlySpan<int> values)
    {
        var buffer = ArrayPool<long>.Shared.Rent(Math.Min(Block, Math.Max(1, values.Length)));
        try
        {
            for (var start = 0; start < values.Length; start += Block)
            {
                var block = values.Slice(start, Math.Min(Block, values.Length - start));
                for (var i = 0; i < block.Length; i++)
                {
                    buffer[i] = block[i];
                }

                AddInt64s(buffer.AsSpan(0, block.Length));
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(buffer);
        }
    }

    public override void AddBooleans(ReadOnlySpan<bool> values)
    {
        present += values.Length;
        var setCount = values.Count(true);
        trues += setCount;
        falses += values.Length - setCount;
    }

    public override void AddStrings(ReadOnlySpan<string?> values)
    {
        present += values.Length;
        if (count)
        {
            textCounts ??= new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                // A reader hands over non-null values only.
                var key = value ?? string.Empty;
                CollectionsMarshal.GetValueRefOrAddDefault(textCounts, key, out _)++;
            }
        }

        if (range)
        {
            foreach (var value in values)
            {
                TextRange(value ?? string.Empty);
            }
        }
    }

    public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
    {
        present += codes.Length;
        if (count || range)
        {
            this.codes.Add(codes, dictionary, Flushed);
        }
    }

    public override void Merge(ColumnAccumulator other)
    {
        var part = (ColumnAggregator)other;
        FlushCodes();
        part.FlushCodes();
        nulls += part.nulls;
        present += part.present;
        if (part.anyDouble)
        {
            anyDouble = true;
            lowDouble = Math.Min(lowDouble, part.lowDouble);
            highDouble = Math.Max(highDouble, part.highDouble);
        }

        lowLong = Math.Min(lowLong, part.lowLong);
        highLong = Math.Max(highLong, part.highLong);
        if (part.lowText is not null)
        {
            TextRange(part.lowText);
            TextRange(part.highText!); // set together with lowText
        }

        trues += part.trues;
        falses += part.falses;
        if (part.summary is not null)
        {
            summary ??= new SummaryStatistics();
            summary.Merge(part.summary);
        }

        MergeCounts(ref textCounts, part.textCounts, StringComparer.Ordinal);
        MergeCounts(ref longCounts, part.longCounts, null);
        MergeCounts(ref doubleCounts, part.doubleCounts, null);
    }

    public ColumnAggregate Result()
    {
        FlushCodes();
        var result = new ColumnAggregate(name, kind, nulls + present, nulls) { TrueCount = kind == ColumnKind.Bool && NeedsValues ? trues : null };
        if (range && present > 0)
        {
            // Zero is reported as +0, as stored statistics are, so both paths give the same answer.
            (object? low, object? high) = kind switch
            {
                ColumnKind.Double => anyDouble ? ((object?)(lowDouble + 0.0), (object?)(highDouble + 0.0)) : (null, null),
                ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date => (lowLong, highLong),
                ColumnKind.Bool => (falses == 0, trues > 0),
                _ => ((object?)lowText, (object?)highText),
            };
            result = result with { Minimum = low, Maximum = high };
        }

        if (summarise)
        {
            result = result with { Summary = summary ?? new SummaryStatistics() };
        }

        if ((wanted & ColumnAggregates.ValueCounts) != 0)
        {
            result = result with { ValueCounts = Counts() };
        }

        if ((wanted & ColumnAggregates.Distinct) != 0)
        {
            result = result with { Distinct = DistinctCount() };
        }

        return result;
    }

    private long DistinctCount() => kind switch
    {
        ColumnKind.Bool => (trues > 0 ? 1 : 0) + (falses > 0 ? 1 : 0),
        ColumnKind.Double => doubleCounts?.Count ?? 0,
        ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date => longCounts?.Count ?? 0,
        _ => textCounts?.Count ?? 0,
    };

    private Dictionary<string, long> Counts()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        switch (kind)
        {
            case ColumnKind.Bool:
                if (falses > 0)
                {
                    counts["false"] = falses;
                }

                if (trues > 0)
                {
                    counts["true"] = trues;
                }

                break;
            case ColumnKind.Double:
                foreach (var (value, rows) in doubleCounts ?? [])
                {
                    counts[value.ToString("R", CultureInfo.InvariantCulture)] = rows;
                }

                break;
            case ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date:
                foreach (var (value, rows) in longCounts ?? [])
                {
                    counts[FormatLong(value)] = rows;
                }

                break;
            default:
                foreach (var (value, rows) in textCounts ?? [])
                {
                    counts[value] = rows;
                }

                break;
        }

        return counts;
    }

    /// <summary>The invariant text the column types give their values (<see cref="Column.FormatValue"/>).</summary>
    private string FormatLong(long value) => kind switch
    {
        ColumnKind.Timestamp => TimestampText.Format(value),
        ColumnKind.Date => TimestampText.FormatDate(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private void FlushCodes() => codes.Flush(Flushed);

    private void Flushed(string value, long rows)
    {
        if (count)
        {
            textCounts ??= new Dictionary<string, long>(StringComparer.Ordinal);
            textCounts[value] = textCounts.GetValueOrDefault(value) + rows;
        }

        if (range)
        {
            TextRange(value);
        }
    }

    private void TextRange(string value)
    {
        if (lowText is null || string.CompareOrdinal(value, lowText) < 0)
        {
            lowText = value;
        }

        if (highText is null || string.CompareOrdinal(value, highText) > 0)
        {
            highText = value;
        }
    }

    /// <summary>Widens <paramref name="values"/> into the start of <paramref name="doubles"/>, a vector at a time.</summary>
    private static void ToDoubles(ReadOnlySpan<long> values, double[] doubles)
    {
        var destination = doubles.AsSpan(0, values.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(values);
            ref var to = ref MemoryMarshal.GetReference(destination);
            for (; i <= values.Length - Vector<long>.Count; i += Vector<long>.Count)
            {
                Vector.ConvertToDouble(Vector.LoadUnsafe(ref from, (nuint)i)).StoreUnsafe(ref to, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            destination[i] = values[i];
        }
    }

    private void DoubleRange(ReadOnlySpan<double> values)
    {
        var width = Vector<double>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= width)
        {
            var low = new Vector<double>(double.PositiveInfinity);
            var high = new Vector<double>(double.NegativeInfinity);
            var ordered = Vector<long>.AllBitsSet;
            ref var first = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - width; i += width)
            {
                var value = Vector.LoadUnsafe(ref first, (nuint)i);
                ordered &= Vector.Equals(value, value); // false in a lane holding NaN
                low = Vector.Min(low, value);
                high = Vector.Max(high, value);
            }

            if (ordered != Vector<long>.AllBitsSet)
            {
                // A NaN makes vector min and max unreliable; take the slow path for the whole span.
                i = 0;
            }
            else
            {
                for (var lane = 0; lane < width; lane++)
                {
                    lowDouble = Math.Min(lowDouble, low[lane]);
                    highDouble = Math.Max(highDouble, high[lane]);
                }

                anyDouble = true;
            }
        }

        for (; i < values.Length; i++)
        {
            var value = values[i];
            if (!double.IsNaN(value))
            {
                lowDouble = Math.Min(lowDouble, value);
                highDouble = Math.Max(highDouble, value);
                anyDouble = true;
            }
        }
    }

    private void LongRange(ReadOnlySpan<long> values)
    {
        var width = Vector<long>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= width)
        {
            var low = new Vector<long>(long.MaxValue);
            var high = new Vector<long>(long.MinValue);
            ref var first = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - width; i += width)
            {
                var value = Vector.LoadUnsafe(ref first, (nuint)i);
                low = Vector.Min(low, value);
                high = Vector.Max(high, value);
            }

            for (var lane = 0; lane < width; lane++)
            {
                lowLong = Math.Min(lowLong, low[lane]);
                highLong = Math.Max(highLong, high[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            lowLong = Math.Min(lowLong, values[i]);
            highLong = Math.Max(highLong, values[i]);
        }
    }

    private static void MergeCounts<TKey>(ref Dictionary<TKey, long>? into, Dictionary<TKey, long>? from, IEqualityComparer<TKey>? comparer)
        where TKey : notnull
    {
        if (from is null)
        {
            return;
        }

        into ??= new Dictionary<TKey, long>(comparer);
        foreach (var (key, rows) in from)
        {
            into[key] = into.GetValueOrDefault(key) + rows;
        }
    }
}
