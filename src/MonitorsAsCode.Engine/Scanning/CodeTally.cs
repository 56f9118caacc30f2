namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Rows per dictionary code of the column chunk being scanned, turned into rows per string once the chunk's
/// dictionary changes or the scan ends: text stored as a dictionary is counted without touching a string per row.
/// </summary>
internal sealed class CodeTally
{
    private string?[]? dictionary;
    private long[] counts = [];

    /// <summary>Counts <paramref name="codes"/> of <paramref name="chunkDictionary"/>, first handing the previous chunk's counts to <paramref name="flush"/>.</summary>
    public void Add(ReadOnlySpan<int> codes, ReadOnlySpan<string?> chunkDictionary, Action<string, long> flush)
    {
        // Every page of a chunk comes with the same dictionary (the same string instances, so this compares references).
        if (dictionary is null || !chunkDictionary.SequenceEqual(dictionary))
        {
            Flush(flush);
            dictionary = chunkDictionary.ToArray();
            if (counts.Length < chunkDictionary.Length)
            {
                counts = new long[chunkDictionary.Length];
            }
        }

        var tally = counts;
        foreach (var code in codes)
        {
            tally[code]++;
        }
    }

    /// <summary>Hands each counted string (null as empty) and its rows to <paramref name="flush"/>, and starts afresh.</summary>
    public void Flush(Action<string, long> flush)
    {
        if (dictionary is null)
        {
            return;
        }

        for (var code = 0; code < dictionary.Length; code++)
        {
            if (counts[code] > 0)
            {
                flush(dictionary[code] ?? string.Empty, counts[code]);
            }
        }

        Array.Clear(counts);
        dictionary = null;
    }
}
