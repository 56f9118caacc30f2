using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>Counts rows, nulls, non-finite values and the finite range of every column a pass reads.</summary>
internal sealed class ProfileAccumulator(IReadOnlyList<string> columns) : BatchAccumulator
{
    private readonly Counts[] counts = New(columns.Count);

    public override IReadOnlyList<string> Columns => columns;

    public override BatchAccumulator CreateEmpty() => new ProfileAccumulator(columns);

    public ColumnProfile Profile(string column, long rows)
    {
        var index = IndexOf(column);
        var c = counts[index];
        var any = c.Finite > 0 && c.Numeric;
        return new ColumnProfile(rows, c.Nulls)
        {
            NotANumber = c.NotANumber,
            PositiveInfinities = c.Positive,
            NegativeInfinities = c.Negative,
            Finite = c.Finite,
            Minimum = any ? c.Minimum : double.NaN,
            Maximum = any ? c.Maximum : double.NaN,
        };
    }

    public override void Add(ColumnBatch batch, long firstRow)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            Count(batch[columns[i]], ref counts[i]);
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = ((ProfileAccumulator)later).counts;
        for (var i = 0; i < counts.Length; i++)
        {
            ref var mine = ref counts[i];
            var theirs = other[i];
            mine.Nulls += theirs.Nulls;
            mine.NotANumber += theirs.NotANumber;
            mine.Positive += theirs.Positive;
            mine.Negative += theirs.Negative;
            mine.Finite += theirs.Finite;
            mine.Numeric |= theirs.Numeric;
            mine.Minimum = Math.Min(mine.Minimum, theirs.Minimum);
            mine.Maximum = Math.Max(mine.Maximum, theirs.Maximum);
        }
    }

    private static Counts[] New(int count)
    {
        var counts = new Counts[count];
        for (var i = 0; i < count; i++)
        {
            counts[i].Minimum = double.PositiveInfinity;
            counts[i].Maximum = double.NegativeInfinity;
        }

        return counts;
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Column '{column}' was not profiled.");
    }

    private static void Count(Column column, ref Counts counts)
    {
        var valid = column.Valid;
        switch (column)
        {
            case DoubleColumn doubles:
            {
                counts.Numeric = true;
                var values = doubles.Values;
                double low = counts.Minimum, high = counts.Maximum;
                for (var i = 0; i < values.Length; i++)
                {
                    if (!valid[i])
                    {
                        counts.Nulls++;
                        continue;
                    }

                    var value = values[i];
                    if (double.IsFinite(value))
                    {
                        counts.Finite++;
                        low = Math.Min(low, value);
                        high = Math.Max(high, value);
                    }
                    else if (double.IsNaN(value))
                    {
                        counts.NotANumber++;
                    }
                    else if (value > 0)
                    {
                        counts.Positive++;
                    }
                    else
                    {
                        counts.Negative++;
                    }
                }

                counts.Minimum = low;
                counts.Maximum = high;
                break;
            }

            case Int64Column longs:
                counts.Numeric = true;
                AddIntegers(longs.Values, valid, ref counts);
                break;
            case TimestampColumn timestamps:
                counts.Numeric = true;
                AddIntegers(timestamps.Microseconds, valid, ref counts);
                break;
            case DateColumn dates:
                counts.Numeric = true;
                AddIntegers(dates.Days, valid, ref counts);
                break;
            default:
            {
                long present = 0;
                foreach (var isValid in valid)
                {
                    present += isValid ? 1 : 0;
                }

                counts.Finite += present;
                counts.Nulls += valid.Length - present;
                break;
            }
        }
    }

    /// <summary>Integers (int64, timestamps, dates) are all finite: their range as doubles, as drift compares them.</summary>
    private static void AddIntegers<T>(T[] values, bool[] valid, ref Counts counts)
        where T : System.Numerics.IBinaryInteger<T>
    {
        long present = 0;
        var low = T.Zero;
        var high = T.Zero;
        for (var i = 0; i < values.Length; i++)
        {
            if (!valid[i])
            {
                continue;
            }

            var value = values[i];
            if (present++ == 0)
            {
                low = high = value;
            }
            else
            {
                low = T.Min(low, value);
                high = T.Max(high, value);
            }
        }

        counts.Nulls += values.Length - present;
        counts.Finite += present;
        if (present > 0)
        {
            counts.Minimum = Math.Min(counts.Minimum, double.CreateTruncating(low));
            counts.Maximum = Math.Max(counts.Maximum, double.CreateTruncating(high));
        }
    }

    private struct Counts
    {
        public long Nulls;
        public long NotANumber;
        public long Positive;
        public long Negative;
        public long Finite;
        public double Minimum;
        public double Maximum;
        public bool Numeric;
    }
}
