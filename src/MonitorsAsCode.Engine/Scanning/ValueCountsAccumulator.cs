using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Rows per distinct non-null value of one column, keyed by the value's invariant text (<see cref="Column.FormatValue"/>;
/// <c>true</c>/<c>false</c> for bools). Readers hand out one string instance per dictionary entry, so a batch is counted
/// by reference first and its texts merged once. Every new distinct value asks the budget for room.
/// </summary>
internal sealed class ValueCountsAccumulator(string column, MemoryBudget budget) : BatchAccumulator
{
    private const int MaxInstances = 16_384;
    private readonly BudgetedCounts counts = new(budget);

    public override IReadOnlyList<string> Columns => [column];

    /// <summary>Why the counts could not be kept, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The counts; only after the pass, and only when <see cref="Failure"/> is null.</summary>
    public Dictionary<string, long> Counts
    {
        get
        {
            if (Failure is { } failure)
            {
                throw new MemoryLimitException(failure);
            }

            return counts.Counts;
        }
    }

    public override BatchAccumulator CreateEmpty() => new ValueCountsAccumulator(column, budget);

    public override void Add(ColumnBatch batch, long firstRow)
    {
        if (Failure is not null)
        {
            return;
        }

        if (batch[column] is StringColumn strings)
        {
            AddStrings(strings);
            return;
        }

        // Bools and numbers: the one value-counting rule the checks use, a batch at a time.
        foreach (var (key, count) in Checks.ValueCounts.Of(batch[column]))
        {
            Increment(key, count);
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (ValueCountsAccumulator)later;
        Failure ??= other.Failure;
        if (!counts.AddAll(other.counts))
        {
            Refuse();
        }
    }

    private void AddStrings(StringColumn strings)
    {
        var byReference = new Dictionary<string, long>(ReferenceEqualityComparer.Instance);
        var values = strings.Values;
        var valid = strings.Valid;
        for (var i = 0; i < values.Length; i++)
        {
            if (!valid[i] || values[i] is not { } value)
            {
                continue;
            }

            if (byReference.Count > MaxInstances)
            {
                // Unpooled text (long or many distinct values): counting by reference would only add work.
                Increment(value, 1);
                continue;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(byReference, value, out _)++;
        }

        foreach (var (value, count) in byReference)
        {
            Increment(value, count);
        }
    }

    private void Increment(string key, long count)
    {
        if (Failure is null && !counts.Add(key, count))
        {
            Refuse();
        }
    }

    private void Refuse() =>
        Failure ??= $"counting the distinct values of column '{column}' needs more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";
}
