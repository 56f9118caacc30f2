using System;
using System.Collections.Generic;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>Finds the closest candidate to a misspelt name, for "did you mean" suggestions.</summary>
public static class NearestName
{
    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="name"/> (ties: first in order),
    /// or null when none is close enough to be a plausible typo.
    /// </summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        // One edit for short words, two for most names, three for long ones: enough for typos,
        // not so many that 'country-drift' suggests 'amount-drift'.
        var allowed = name.Length <= 4 ? 1 : name.Length <= 12 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = (string?)null;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length; skipping far ones keeps a
            // 30 MB value from costing a 30 MB × name table.
            if (Math.Abs(name.Length - candidate.Length) > allowed)
            {
                continue;
            }

            lowered ??= name.ToLowerInvariant();
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A suffix for a message: <c> (did you mean 'fail'?)</c>, or empty.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates)
    {
        var nearest = Find(name, candidates);
        return nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
