namespace MonitorsAsCode.Statistics.Classification;

/// <summary>
/// The area under the ROC curve of scores for two classes: the probability that a random positive scores
/// above a random negative, ties counting one half. Computed from midranks as the Mann–Whitney U of the
/// positives divided by n₊·n₋, as <c>scipy.stats.mannwhitneyu(positives, negatives).statistic / (n₊·n₋)</c>.
/// </summary>
public static class RocAuc
{
    /// <summary>The AUC of <paramref name="scores"/>, where <paramref name="positive"/> marks the positive class.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or either class is empty.</exception>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive)
    {
        if (scores.Length != positive.Length)
        {
            throw new ArgumentException("Every score needs its class.", nameof(positive));
        }

        var ranks = Midranks(scores);
        double positives = 0, rankSum = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (positive[i])
            {
                positives++;
                rankSum += ranks[i];
            }
        }

        var negatives = scores.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("Both classes need at least one score.", nameof(positive));
        }

        var u = rankSum - (positives * (positives + 1) / 2);
        return u / (positives * negatives);
    }

    /// <summary>The midrank of every value (1-based; tied values share the mean of their ranks), in the values' order.</summary>
    internal static double[] Midranks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        for (var start = 0; start < keys.Length;)
        {
            var end = start;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            // Ranks start + 1 … end share their mean.
            var midrank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = midrank;
            }

            start = end;
        }

        return ranks;
    }
}
