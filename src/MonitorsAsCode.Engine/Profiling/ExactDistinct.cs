using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Profiling;

/// <summary>
/// The exact number of distinct values of a numeric column (double, int64, timestamp, date) without a hash table:
/// one 8-byte key per non-null row, written from the row groups in parallel into one array that serves every column
/// in turn, then sorted and counted by runs. NaN counts once and −0 and +0 are one value, as a dictionary of doubles
/// counts them. Ten million distinct doubles take 80 MB this way, against gigabytes of dictionary.
/// </summary>
internal sealed class ExactDistinct
{
    private long[] keys = [];

    /// <summary>Counts the distinct non-null values of <paramref name="request"/>, a numeric column of <paramref name="nonNull"/> non-null rows.</summary>
    /// <exception cref="SnapshotReadException">The snapshot cannot be read, or changed since it was profiled.</exception>
    public long Count(ISnapshotReader reader, ColumnRequest request, long nonNull)
    {
        if (nonNull > Array.MaxLength)
        {
            throw new SnapshotReadException(reader.Path, $"column '{request.Name}' has {nonNull} values, more than one array holds for an exact distinct count");
        }

        if (keys.Length < nonNull)
        {
            keys = new long[nonNull];
        }

        var writer = new KeyWriter(new Shared(keys));
        ColumnScan.Run(reader, [request], [writer]);
        var filled = writer.Filled;
        if (filled != nonNull)
        {
            throw new SnapshotReadException(reader.Path, $"changed while it was being read: column '{request.Name}' held {nonNull} values, and {filled} when read again");
        }

        var span = keys.AsSpan(0, (int)filled);
        span.Sort();
        long distinct = 0;
        for (var i = 0; i < span.Length; i++)
        {
            distinct += i == 0 || span[i] != span[i - 1] ? 1 : 0;
        }

        return distinct;
    }

    /// <summary>The array and how much of it the row groups have claimed.</summary>
    private sealed class Shared(long[] keys)
    {
        public long[] Keys { get; } = keys;

        public long Claimed;
    }

    /// <summary>Writes each row group's keys into a range it claims atomically: distinct counts do not care about order.</summary>
    private sealed class KeyWriter(Shared shared) : ColumnAccumulator
    {
        /// <summary>Keys claimed: more than the array when the file grew since it was profiled.</summary>
        public long Filled => Interlocked.Read(ref shared.Claimed);

        public override ColumnAccumulator CreateEmpty() => new KeyWriter(shared);

        public override void Merge(ColumnAccumulator other)
        {
            // Every part wrote into the shared array already.
        }

        public override void AddNulls(long count)
        {
        }

        public override void AddSkippedValues(long count) =>
            throw new InvalidOperationException("Distinct keys need the values.");

        public override void AddDoubles(ReadOnlySpan<double> values)
        {
            var target = Claim(values.Length);
            for (var i = 0; i < target.Length; i++)
            {
                var value = values[i];
                target[i] = double.IsNaN(value) ? BitConverter.DoubleToInt64Bits(double.NaN) : BitConverter.DoubleToInt64Bits(value + 0.0);
            }
        }

        public override void AddInt64s(ReadOnlySpan<long> values)
        {
            var target = Claim(values.Length);
            values[..target.Length].CopyTo(target);
        }

        public override void AddInt32s(ReadOnlySpan<int> values)
        {
            var target = Claim(values.Length);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = values[i];
            }
        }

        /// <summary>Claims room for <paramref name="count"/> keys; past the array (a file that grew) the excess is dropped and counted.</summary>
        private Span<long> Claim(int count)
        {
            var start = Interlocked.Add(ref shared.Claimed, count) - count;
            var room = Math.Max(0, Math.Min(count, shared.Keys.Length - start));
            return room == 0 ? Span<long>.Empty : shared.Keys.AsSpan((int)start, (int)room);
        }
    }
}
