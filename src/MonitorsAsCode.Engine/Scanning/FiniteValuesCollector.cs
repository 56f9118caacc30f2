using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Gathers a numeric column's finite values during the pass, for row formats (CSV, JSON Lines) where reading one column
/// again means parsing the whole file again. Each batch's values are compacted on its worker; the pass joins them into
/// one array in row order. When the budget has no room it gives up, and the column is read again when measured.
/// </summary>
internal sealed class FiniteValuesCollector(string column, MemoryBudget budget) : BatchAccumulator, IGatheredValues
{
    private readonly List<double[]> parts = [];
    private long reserved;

    public override IReadOnlyList<string> Columns => [column];

    /// <summary>The values in row order, after the pass; null when they did not fit the budget.</summary>
    public double[]? Values { get; private set; }

    /// <summary>Bytes the gathered values hold against the budget.</summary>
    public long Reserved => reserved;

    private bool failed;

    public override BatchAccumulator CreateEmpty() => new FiniteValuesCollector(column, budget);

    public override void Add(ColumnBatch batch, long firstRow)
    {
        if (failed)
        {
            return;
        }

        var values = batch[column];
        var buffer = new double[values.Length];
        FiniteValues.TryCopy(values, buffer, out var written);
        var bytes = (long)written * sizeof(double);
        if (!budget.TryReserve(bytes))
        {
            Fail();
            return;
        }

        reserved += bytes;
        parts.Add(written == buffer.Length ? buffer : buffer[..written]);
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (FiniteValuesCollector)later;
        if (failed || other.failed)
        {
            other.Fail();
            Fail();
            return;
        }

        parts.AddRange(other.parts);
        reserved += other.reserved;
        other.reserved = 0;
        other.parts.Clear();
    }

    public override void Finish()
    {
        if (failed)
        {
            return;
        }

        var total = 0L;
        foreach (var part in parts)
        {
            total += part.Length;
        }

        if (total > Array.MaxLength)
        {
            Fail();
            return;
        }

        var values = new double[total];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(values, offset);
            offset += part.Length;
        }

        parts.Clear();
        Values = values;
    }

    /// <summary>Lets go of the values and their reservation.</summary>
    public void Drop()
    {
        Values = null;
        budget.Release(reserved);
        reserved = 0;
    }

    private void Fail()
    {
        failed = true;
        parts.Clear();
        budget.Release(reserved);
        reserved = 0;
    }
}
