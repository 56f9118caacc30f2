using System.Runtime.InteropServices;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>
/// A uniqueness monitor's keys, batch by batch. A key of one integer, timestamp or date column is kept as one 8-byte
/// number per row and sorted once the pass is done, so counting the repeats of ten million keys takes 80 MB and no hash
/// table; any other key is counted by its text (the columns' invariant texts joined by U+001F). Rows with a null in the
/// key are left out. Either way the keys ask the budget for room. A columnar snapshot whose row count is known before
/// the pass keeps a numeric key through the column scan instead (<see cref="NumericKeysAccumulator"/>).
/// </summary>
internal sealed class KeyCountsAccumulator(IReadOnlyList<string> columns, bool numeric, MemoryBudget budget, string monitorId) : BatchAccumulator, IKeyCounts
{
    private const int Chunk = 1 << 16;

    private readonly List<long[]> chunks = [];
    private int lastFill = Chunk;

    private readonly BudgetedCounts texts = new(budget);
    private long reserved;

    public override IReadOnlyList<string> Columns => columns;

    /// <summary>Rows whose key has no null.</summary>
    public long Keyed { get; private set; }

    /// <summary>Distinct keys, after the pass.</summary>
    public long Distinct { get; private set; }

    /// <summary>Keys that occur more than once, after the pass.</summary>
    public long RepeatedKeys { get; private set; }

    /// <summary>Why the monitor cannot be measured, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The most repeated keys, most rows first and then by text, after the pass.</summary>
    public List<KeyValuePair<string, long>> Top { get; private set; } = [];

    /// <summary>How many keys <see cref="Top"/> keeps.</summary>
    public int TopCount { get; init; } = 5;

    public override BatchAccumulator CreateEmpty() => new KeyCountsAccumulator(columns, numeric, budget, monitorId) { TopCount = TopCount };

    public override void Add(ColumnBatch batch, long firstRow)
    {
        if (Failure is not null)
        {
            return;
        }

        if (numeric)
        {
            AddNumbers(batch[columns[0]]);
            return;
        }

        var parts = columns.Select(c => batch[c]).ToArray();
        var builder = new StringBuilder();
        for (var row = 0; row < batch.RowCount; row++)
        {
            if (Key(parts, row, builder) is { } key)
            {
                Keyed++;
                CountText(key, 1);
            }
        }
    }

    public override void Merge(BatchAccumulator later)
    {
        var other = (KeyCountsAccumulator)later;
        Keyed += other.Keyed;
        Failure ??= other.Failure;
        if (Failure is null)
        {
            if (numeric)
            {
                // Chunks move over as they are; only the last one of each side may be partly filled.
                if (chunks.Count > 0 && lastFill < Chunk)
                {
                    Array.Resize(ref CollectionsMarshal.AsSpan(chunks)[^1], lastFill);
                }

                chunks.AddRange(other.chunks);
                lastFill = other.chunks.Count > 0 ? other.lastFill : chunks.Count > 0 ? chunks[^1].Length : Chunk;
                reserved += other.reserved;
                other.reserved = 0;
            }
            else if (!texts.AddAll(other.texts))
            {
                Fail();
            }
        }

        other.Release();
        if (Failure is not null)
        {
            Release();
        }
    }

    public override void Finish()
    {
        if (Failure is not null)
        {
            return;
        }

        if (!numeric)
        {
            Distinct = texts.Counts.Count;
            var repeated = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (key, count) in texts.Counts)
            {
                if (count > 1)
                {
                    repeated[key] = count;
                }
            }

            RepeatedKeys = repeated.Count;
            var ranked = ValueCounts.Ranked(repeated);
            Top = ranked.GetRange(0, Math.Min(TopCount, ranked.Count));
            Release();
            return;
        }

        var (array, length) = Gather();
        Array.Sort(array, 0, length);
        (Distinct, RepeatedKeys, Top) = CountRuns(array.AsSpan(0, length), Kind, TopCount);
        budget.Release(reserved);
        reserved = 0;
    }

    /// <summary>Distinct keys, repeated keys and the <paramref name="topCount"/> most repeated, from sorted keys.</summary>
    internal static (long Distinct, long Repeated, List<KeyValuePair<string, long>> Top) CountRuns(ReadOnlySpan<long> keys, ColumnKind kind, int topCount)
    {
        var top = new List<KeyValuePair<string, long>>(topCount + 1);
        long distinct = 0, repeats = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            distinct++;
            var count = end - start;
            if (count > 1)
            {
                repeats++;
                if (top.Count < topCount || count >= top[^1].Value)
                {
                    Insert(top, new KeyValuePair<string, long>(Format(keys[start], kind), count), topCount);
                }
            }

            start = end;
        }

        return (distinct, repeats, top);
    }

    /// <summary>Which kind the numbers were read as; set by the planner.</summary>
    public ColumnKind Kind { get; init; } = ColumnKind.Int64;

    private static string Format(long value, ColumnKind kind) => kind switch
    {
        ColumnKind.Timestamp => TimestampText.Format(value),
        ColumnKind.Date => TimestampText.FormatDate(value),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Insert(List<KeyValuePair<string, long>> top, KeyValuePair<string, long> candidate, int topCount)
    {
        var at = top.Count;
        while (at > 0 && Before(candidate, top[at - 1]))
        {
            at--;
        }

        if (at < topCount)
        {
            top.Insert(at, candidate);
            if (top.Count > topCount)
            {
                top.RemoveAt(top.Count - 1);
            }
        }
    }

    private static bool Before(KeyValuePair<string, long> a, KeyValuePair<string, long> b) =>
        a.Value != b.Value ? a.Value > b.Value : string.CompareOrdinal(a.Key, b.Key) < 0;

    private (long[] Keys, int Length) Gather()
    {
        long total = 0;
        for (var i = 0; i < chunks.Count; i++)
        {
            total += i == chunks.Count - 1 ? lastFill : chunks[i].Length;
        }

        var gathered = new long[total];
        var offset = 0;
        for (var i = 0; i < chunks.Count; i++)
        {
            var length = i == chunks.Count - 1 ? lastFill : chunks[i].Length;
            Array.Copy(chunks[i], 0, gathered, offset, length);
            offset += length;
        }

        chunks.Clear();
        return (gathered, gathered.Length);
    }

    private void AddNumbers(Column column)
    {
        var valid = column.Valid;
        for (var i = 0; i < valid.Length; i++)
        {
            if (!valid[i])
            {
                continue;
            }

            long key = column switch
            {
                Int64Column l => l.Values[i],
                TimestampColumn t => t.Microseconds[i],
                DateColumn d => d.Days[i],
                _ => throw new InvalidOperationException($"Column '{column.Name}' is not an integer column."),
            };
            if (lastFill == Chunk)
            {
                if (!budget.TryReserve(Chunk * sizeof(long)))
                {
                    Fail();
                    return;
                }

                reserved += Chunk * sizeof(long);
                chunks.Add(new long[Chunk]);
                lastFill = 0;
            }

            chunks[^1][lastFill++] = key;
            Keyed++;
        }
    }

    private void CountText(string key, long count)
    {
        if (Failure is null && !texts.Add(key, count))
        {
            Fail();
        }
    }

    private void Fail()
    {
        Failure = $"monitor '{monitorId}' keeps one key per row of ({string.Join(", ", columns)}), and they need more than the memory limit of {MemoryBudget.Size(budget.Limit ?? 0)}";
        Release();
    }

    private void Release()
    {
        chunks.Clear();
        lastFill = Chunk;
        texts.Clear();
        budget.Release(reserved);
        reserved = 0;
    }

    private static string? Key(Column[] columns, int row, StringBuilder builder)
    {
        if (columns.Length == 1)
        {
            return columns[0].FormatValue(row);
        }

        builder.Clear();
        for (var i = 0; i < columns.Length; i++)
        {
            var part = columns[i].FormatValue(row);
            if (part is null)
            {
                return null;
            }

            if (i > 0)
            {
                builder.Append('\u001f');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
