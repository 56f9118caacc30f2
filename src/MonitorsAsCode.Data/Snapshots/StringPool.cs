namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// Hands out one string instance per distinct short text, so a categorical column (a country, a
/// model version) costs one allocation per category rather than one per row. Bounded, so a column
/// of unique identifiers costs no more than a plain copy.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 4096;
    private const int MaxPooledLength = 64;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool()
    {
        lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxPooledLength)
        {
            return new string(text);
        }

        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        if (strings.Count < MaxEntries)
        {
            strings.Add(created, created);
        }

        return created;
    }
}
