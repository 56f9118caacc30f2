using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Engine.Checks;

/// <summary>Counts of each distinct non-null value of a column, by its invariant text form.</summary>
internal static class ValueCounts
{
    public static Dictionary<string, long> Of(Column column)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        switch (column)
        {
            case StringColumn strings:
                for (var i = 0; i < strings.Length; i++)
                {
                    if (strings.Valid[i])
                    {
                        Increment(counts, strings.Values[i]!); // a valid row holds a string
                    }
                }

                break;
            case BoolColumn booleans:
                long trues = 0, falses = 0;
                for (var i = 0; i < booleans.Length; i++)
                {
                    if (booleans.Valid[i])
                    {
                        if (booleans.Values[i])
                        {
                            trues++;
                        }
                        else
                        {
                            falses++;
                        }
                    }
                }

                if (falses > 0)
                {
                    counts["false"] = falses;
                }

                if (trues > 0)
                {
                    counts["true"] = trues;
                }

                break;
            default:
                for (var i = 0; i < column.Length; i++)
                {
                    if (column.Valid[i])
                    {
                        Increment(counts, column.FormatValue(i)!); // a valid row always has a text
                    }
                }

                break;
        }

        return counts;
    }

    /// <summary>Entries by descending count, then ordinal value: a stable "top values" order.</summary>
    public static List<KeyValuePair<string, long>> Ranked(Dictionary<string, long> counts)
    {
        var list = new List<KeyValuePair<string, long>>(counts);
        list.Sort((a, b) =>
        {
            var order = b.Value.CompareTo(a.Value);
            return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
        });
        return list;
    }

    private static void Increment(Dictionary<string, long> counts, string key)
    {
        counts.TryGetValue(key, out var count);
        counts[key] = count + 1;
    }
}
