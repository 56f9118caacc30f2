using System.Runtime.InteropServices;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Rows per text key, each new key asking the budget for room (its text and a dictionary entry): the one way the
/// pass counts values, invalid values and text keys. Once the budget refuses, the counts are dropped and stay empty.
/// </summary>
internal sealed class BudgetedCounts(MemoryBudget budget)
{
    private const long BytesPerEntry = 72;

    private Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private long reserved;

    /// <summary>The counts so far (empty once <see cref="Refused"/>).</summary>
    public Dictionary<string, long> Counts => counts;

    /// <summary>Whether the budget had no room for a key.</summary>
    public bool Refused { get; private set; }

    /// <summary>Adds <paramref name="count"/> rows of <paramref name="key"/>; false once the budget has refused.</summary>
    public bool Add(string key, long count)
    {
        if (Refused)
        {
            return false;
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out var existed);
        slot += count;
        if (existed)
        {
            return true;
        }

        var bytes = BytesPerEntry + (2L * key.Length);
        if (!budget.TryReserve(bytes))
        {
            Refused = true;
            Clear();
            return false;
        }

        reserved += bytes;
        return true;
    }

    /// <summary><see cref="Add"/> as a callback, its answer dropped: a refusal shows in <see cref="Refused"/>.</summary>
    public void AddCounted(string key, long count) => Add(key, count);

    /// <summary>Adds every count of <paramref name="later"/> (which asks the budget again for keys new here), then clears it.</summary>
    public bool AddAll(BudgetedCounts later)
    {
        Refused |= later.Refused;
        foreach (var (key, count) in later.counts)
        {
            if (!Add(key, count))
            {
                break;
            }
        }

        later.Clear();
        if (Refused)
        {
            Clear();
        }

        return !Refused;
    }

    /// <summary>Lets go of the counts and hands their reservation back.</summary>
    public void Clear()
    {
        counts = new Dictionary<string, long>(StringComparer.Ordinal);
        budget.Release(reserved);
        reserved = 0;
    }
}
