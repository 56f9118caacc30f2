namespace MonitorsAsCode.Statistics.Drift;

/// <summary>
/// Multiple-comparison corrections of a family of p-values (a dataset drift monitor's columns), as
/// <c>statsmodels.stats.multitest.multipletests</c> computes them (and R's <c>p.adjust</c>).
/// </summary>
public static class PValueAdjustment
{
    /// <summary>
    /// Bonferroni: min(1, m·pᵢ) for m p-values; controls the chance of any false alarm among the m tests.
    /// </summary>
    public static double[] Bonferroni(IReadOnlyList<double> pValues)
    {
        var adjusted = new double[pValues.Count];
        for (var i = 0; i < adjusted.Length; i++)
        {
            adjusted[i] = Math.Min(1.0, pValues[i] * pValues.Count);
        }

        return adjusted;
    }

    /// <summary>
    /// Benjamini–Hochberg (1995): with the p-values ranked p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p₍ᵢ₎ is
    /// min over j ≥ i of min(1, m·p₍ⱼ₎ / j); flagging those under α keeps the expected share of false
    /// alarms among the flagged columns at most α.
    /// </summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = new int[m];
        for (var i = 0; i < m; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byValue = pValues[a].CompareTo(pValues[b]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });

        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * m / rank);
            adjusted[index] = Math.Min(1.0, running);
        }

        return adjusted;
    }
}
