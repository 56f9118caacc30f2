using System.Globalization;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// The memory a run's plan may hold beyond the scan's working buffers: one key per row for uniqueness, one numeric
/// column at a time for sorted-sample drift, the distinct values counted for categories and evidence. Whatever holds
/// more than a few kilobytes asks first, so a plan that does not fit stops with a message naming the monitor instead
/// of the process running out of memory.
/// </summary>
public sealed class MemoryBudget
{
    private long used;

    /// <summary>A budget of <paramref name="limit"/> bytes, or none when null.</summary>
    public MemoryBudget(long? limit)
    {
        if (limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A memory limit cannot be negative.");
        }

        Limit = limit;
    }

    /// <summary>The limit in bytes, or null.</summary>
    public long? Limit { get; }

    /// <summary>
    /// How many bytes of whole numeric columns a columnar pass may gather as it goes, per snapshot, instead of reading
    /// each again when it is measured: <see cref="DefaultPassGatherBytes"/>, or an eighth of the limit when that is less
    /// (both sides together a quarter, leaving the rest to the measures). Tests set it to take the other path.
    /// </summary>
    internal long PassGatherBytes { get; init; } = -1;

    /// <summary>128 MiB a snapshot: sixteen numeric columns of a million rows.</summary>
    internal const long DefaultPassGatherBytes = 128L << 20;

    /// <summary><see cref="PassGatherBytes"/> as set, or its default for the limit.</summary>
    internal long GatherRoom => PassGatherBytes >= 0 ? PassGatherBytes : Math.Min(DefaultPassGatherBytes, Limit is { } limit ? limit / 8 : long.MaxValue);

    /// <summary>
    /// Without a limit, how much numeric column data (both sides of a comparison) may be loaded at once before
    /// monitors wait their turn rather than load more: about what a machine spares without noticing.
    /// </summary>
    public const long DefaultColumnWorkingSet = 1L << 30;

    private readonly List<double[]> spareColumns = [];
    private SemaphoreSlim columnSlots = new(1, 1);
    private long columnCapacity;
    private int maxSpareColumns = 2;

    /// <summary>Bytes reserved now.</summary>
    public long Used => Interlocked.Read(ref used);

    /// <summary>Reserves <paramref name="bytes"/>; false, reserving nothing, when that would pass the limit.</summary>
    public bool TryReserve(long bytes)
    {
        if (bytes <= 0)
        {
            return true;
        }

        while (true)
        {
            var before = Interlocked.Read(ref used);
            if (Limit is { } limit && before + bytes > limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref used, before + bytes, before) == before)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Sets how many numeric columns of a dataset whose snapshots have up to <paramref name="rows"/> rows may be
    /// measured at once: as many as the processors, while both sides of each and their sorted copies (8 bytes a value) fit in half the limit
    /// (or <see cref="DefaultColumnWorkingSet"/>); at least one.
    /// </summary>
    public void SizeColumnSlots(long rows)
    {
        // Both sides, and for the sorted-sample tests the sorted copies of both: four values per row at most.
        var perColumn = Math.Max(1, 4 * rows * sizeof(double));
        var room = Limit is { } limit ? limit / 2 : DefaultColumnWorkingSet;
        var slots = (int)Math.Clamp(room / perColumn, 1, Environment.ProcessorCount);
        columnSlots = new SemaphoreSlim(slots, slots);
        lock (spareColumns)
        {
            columnCapacity = rows;
            maxSpareColumns = 2 * slots;

            // Arrays handed back during the pass (uniqueness keys) serve the columns measured next.
            DropSpareColumns(maxSpareColumns);
        }
    }

    /// <summary>
    /// An array of at least <paramref name="count"/> doubles for a column's values: a spare one handed back earlier, or
    /// a new one of the dataset's row count (so the arrays of one dataset fit any of its columns), reserved against the
    /// limit until it leaves the pool. Reusing them spares the collector gigabytes of large arrays at ten million rows.
    /// </summary>
    /// <exception cref="MemoryLimitException">A new array would pass the limit.</exception>
    internal double[] RentColumn(long count, string what)
    {
        lock (spareColumns)
        {
            var best = -1;
            for (var i = 0; i < spareColumns.Count; i++)
            {
                if (spareColumns[i].LongLength >= count && (best < 0 || spareColumns[i].Length < spareColumns[best].Length))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                var spare = spareColumns[best];
                spareColumns.RemoveAt(best);
                return spare;
            }

            // None fits: the smaller spares only hold memory now.
            DropSpareColumns(0);
        }

        if (count > Array.MaxLength)
        {
            throw new MemoryLimitException($"{what}, more than one array holds ({Results.ValueFormat.Count(Array.MaxLength)} values); compare a sample or a window of it");
        }

        // Sized for any column of the dataset, so it serves the next column too; a column much smaller than that gets its own size.
        var length = count >= columnCapacity / 2 ? Math.Min(Math.Max(count, columnCapacity), Array.MaxLength) : Math.Max(count, 1);
        var bytes = length * sizeof(double);
        if (!TryReserve(bytes))
        {
            throw new MemoryLimitException($"{what}, and holding them ({Size(bytes)}) would pass the memory limit of {Size(Limit ?? 0)}");
        }

        return new double[length];
    }

    /// <summary>Hands back an array from <see cref="RentColumn"/>; a few are kept for the next column.</summary>
    internal void ReturnColumn(double[] values)
    {
        lock (spareColumns)
        {
            spareColumns.Add(values);
            DropSpareColumns(maxSpareColumns);
        }
    }

    private void DropSpareColumns(int keep)
    {
        while (spareColumns.Count > keep)
        {
            Release(spareColumns[0].LongLength * sizeof(double));
            spareColumns.RemoveAt(0);
        }
    }

    /// <summary>Waits for a column slot; dispose the result to hand it back.</summary>
    public IDisposable TakeColumnSlot()
    {
        var slots = columnSlots;
        slots.Wait();
        return new Slot(slots);
    }

    /// <summary>Hands back bytes reserved earlier.</summary>
    public void Release(long bytes)
    {
        if (bytes > 0)
        {
            Interlocked.Add(ref used, -bytes);
        }
    }

    /// <summary>A size in words people read: <c>512 KB</c>, <c>80 MB</c>, <c>1.5 GB</c> (powers of 1024).</summary>
    public static string Size(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? bytes.ToString(CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes")
            : value.ToString(value < 10 ? "0.#" : "0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>Parses <c>512MB</c>, <c>1.5GB</c>, <c>2g</c>, <c>1073741824</c> (powers of 1024); null when it is not a size.</summary>
    public static long? ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var split = 0;
        while (split < trimmed.Length && (char.IsAsciiDigit(trimmed[split]) || trimmed[split] == '.'))
        {
            split++;
        }

        if (split == 0 || !double.TryParse(trimmed[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var factor = trimmed[split..].Trim().ToUpperInvariant() switch
        {
            "" or "B" => 1L,
            "K" or "KB" or "KIB" => 1L << 10,
            "M" or "MB" or "MIB" => 1L << 20,
            "G" or "GB" or "GIB" => 1L << 30,
            "T" or "TB" or "TIB" => 1L << 40,
            _ => 0L,
        };
        var bytes = number * factor;
        return factor == 0 || !(bytes >= 1 && bytes < long.MaxValue) ? null : (long)bytes;
    }
}

/// <summary>A taken column slot.</summary>
file sealed class Slot(SemaphoreSlim slots) : IDisposable
{
    private int released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            slots.Release();
        }
    }
}

/// <summary>Thrown by what holds memory for a monitor when the run's <see cref="MemoryBudget"/> has no room for it.</summary>
internal sealed class MemoryLimitException(string message) : Checks.CheckException(message);
