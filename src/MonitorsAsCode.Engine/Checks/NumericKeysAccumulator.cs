using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A uniqueness monitor's key of one integer, timestamp or date column, in a columnar snapshot whose row count is known
/// before the pass: one 8-byte number per row in one array from the budget's column pool (so the drift measurements
/// after the pass reuse it). Each row group's part writes its keys from its own first row on, in parallel; the parts
/// are merged in row order by moving their keys down over the gaps the nulls left, and the keys are sorted once the
/// pass is done, so counting the repeats of ten million keys takes 80 MB and no hash table.
/// </summary>
internal sealed class NumericKeysAccumulator(string column, ColumnKind kind, long rows, MemoryBudget budget, string monitorId, int topCount) : ColumnFedAccumulator, IKeyCounts
{
    private readonly object gate = new();
    private double[]? keys;
    private Feed? root;
    private string? failure;

    public override IReadOnlyList<string> Columns => [column];

    public override IReadOnlyList<ColumnAccumulator> Feeds => [root ??= new Feed(this, 0)];

    public long Keyed { get; private set; }

    public long Distinct { get; private set; }

    public long RepeatedKeys { get; private set; }

    public List<KeyValuePair<string, long>> Top { get; private set; } = [];

    public string? Failure => failure;

    private long Rows => rows;

    public override void Finish()
    {
        var feed = root ??= new Feed(this, 0);
        if (failure is null && feed.Overran)
        {
            failure = $"the snapshot holds more rows in column '{column}' than the {rows} its metadata declares";
        }

        if (failure is null && keys is not null)
        {
            var sorted = MemoryMarshal.Cast<double, long>(keys.AsSpan())[..(int)feed.Written];
            if (!IsAscending(sorted))
            {
                sorted.Sort(); // keys written in order (a sequence number, an event time) skip the sort: one look at each
            }

            Keyed = feed.Written;
            (Distinct, RepeatedKeys, Top) = KeyCountsAccumulator.CountRuns(sorted, kind, topCount);
        }

        if (keys is not null)
        {
            budget.ReturnColumn(keys);
            keys = null;
        }
    }

    private static bool IsAscending(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The array the parts write into, rented when the first part is made; null when it did not fit.</summary>
    private double[]? Keys()
    {
        lock (gate)
        {
            if (keys is null && failure is null)
            {
                try
                {
                    keys = budget.RentColumn(rows, $"monitor '{monitorId}' keeps one key per row");
                }
                catch (MemoryLimitException)
                {
                    failure = $"monitor '{monitorId}' keeps one key per row of ({column}), and they need more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";
                }
            }

            return keys;
        }
    }

    private sealed class Feed(NumericKeysAccumulator owner, long start) : ColumnAccumulator
    {
        private RowPlacement place = new(start);

        public long Written => place.Written;

        public bool Overran => place.Overran;

        public override bool NeedsValues => owner.failure is null;

        public override ColumnAccumulator CreateEmpty() =>
            throw new NotSupportedException("Keys are written by row: a scanner makes the parts with CreatePart.");

        public override ColumnAccumulator CreatePart(long firstRow) => new Feed(owner, firstRow);

        public override void Merge(ColumnAccumulator other)
        {
            place.Merge(((Feed)other).place, owner.keys);
        }

        public override void AddNulls(long count)
        {
        }

        public override void AddSkippedValues(long count)
        {
        }

        public override void AddInt64s(ReadOnlySpan<long> values)
        {
            if (TryRoom(values.Length, out var destination))
            {
                values.CopyTo(destination);
                place.Advance(values.Length);
            }
        }

        public override void AddInt32s(ReadOnlySpan<int> values)
        {
            if (TryRoom(values.Length, out var destination))
            {
                for (var i = 0; i < values.Length; i++)
                {
                    destination[i] = values[i];
                }

                place.Advance(values.Length);
            }
        }

        private bool TryRoom(int count, out Span<long> destination)
        {
            destination = default;
            if (place.Overran || owner.Keys() is not { } keys || !place.TryRoom(count, Math.Min(keys.Length, owner.Rows), out var at))
            {
                return false;
            }

            destination = MemoryMarshal.Cast<double, long>(keys.AsSpan()).Slice(at, count);
            return true;
        }
    }
}
