using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A validity monitor's invalid values, counted per value by invariant text while the pass goes by: outside
/// <c>[min, max]</c> (NaN is below), not in the allowed list, or not among the values seen in the reference.
/// Only invalid values are kept, each asking the budget for room.
/// </summary>
internal sealed class InvalidValuesAccumulator(string column, double? min, double? max, HashSet<string>? allowed, HashSet<string>? seen, MemoryBudget budget, string monitorId) : BatchAccumulator
{
    private readonly BudgetedCounts invalid = new(budget);

    public override IReadOnlyList<string> Columns => [column];

    /// <summary>Invalid values by text.</summary>
    public Dictionary<string, long> Invalid => Failure is { } failure ? throw new MemoryLimitException(failure) : invalid.Counts;

    public long InvalidCount { get; private set; }

    public long Below { get; private set; }

    public long Above { get; private set; }

    /// <summary>Why the monitor cannot be measured, or null.</summary>
    public string? Failure { get; private set; }

    public override BatchAccumulator CreateEmpty() => new InvalidValuesAccumulator(column, min, max, allowed, seen, budget, monitorId);

    public override void Add(ColumnBatch batch, long firstRow)
    {
        if (Failure is not null)
        {
            return;
        }

        var values = batch[column];
        var hasRange = min is not null || max is not null;
        var low = min ?? double.NegativeInfinity;
        var high = max ?? double.PositiveInfinity;
        double[]? doubles = null;
        long[]? longs = null;
        if (hasRange)
        {
            doubles = (values as DoubleColumn)?.Values;
            longs = (values as Int64Column)?.Values;
            if (doubles is null && longs is null)
            {
                Failure = $"column '{column}' is not numeric, so it has no min/max range";
                return;
            }
        }

        var listed = allowed is not null || seen is not null;
        Dictionary<string, bool>? decided = values is StringColumn && listed ? new(ReferenceEqualityComparer.Instance) : null;
        var valid = values.Valid;
        for (var i = 0; i < valid.Length; i++)
        {
            if (!valid[i])
            {
                continue;
            }

            var bad = false;
            if (hasRange)
            {
                var value = doubles is not null ? doubles[i] : longs![i]; // with a range, one of the two is set or Add returned
                if (double.IsNaN(value) || value < low)
                {
                    Below += double.IsNaN(value) ? 0 : 1;
                    bad = true;
                }
                else if (value > high)
                {
                    Above++;
                    bad = true;
                }
            }

            string? text = null;
            if (!bad && listed)
            {
                text = values.FormatValue(i)!; // a valid row always has a text
                if (decided is not null && decided.Count < 4096)
                {
                    ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(decided, text, out var existed);
                    if (!existed)
                    {
                        known = IsUnlisted(text);
                    }

                    bad = known;
                }
                else
                {
                    bad = IsUnlisted(text);
                }
            }

            if (bad)
            {
                InvalidCount++;
                Count(text ?? values.FormatValue(i)!, 1); // a valid row always has a text
            }
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (InvalidValuesAccumulator)later;
        InvalidCount += other.InvalidCount;
        Below += other.Below;
        Above += other.Above;
        Failure ??= other.Failure;
        if (!invalid.AddAll(other.invalid))
        {
            Refuse();
        }
    }

    private bool IsUnlisted(string text) => (allowed is not null && !allowed.Contains(text)) || (seen is not null && !seen.Contains(text));

    private void Count(string key, long count)
    {
        if (Failure is null && !invalid.Add(key, count))
        {
            Refuse();
        }
    }

    private void Refuse() =>
        Failure ??= $"monitor '{monitorId}' counts the distinct invalid values of '{column}', and they need more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";
}
