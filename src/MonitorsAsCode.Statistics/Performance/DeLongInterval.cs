using MonitorsAsCode.Statistics.Classification;

namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The variance and confidence interval of a ROC AUC by DeLong, DeLong &amp; Clarke-Pearson (1988): with m positives X
/// and n negatives Y and ψ(x, y) = 1 if x &gt; y, ½ if equal, 0 below, the structural components
/// V₁₀(Xᵢ) = (1/n)·Σⱼ ψ(Xᵢ, Yⱼ) and V₀₁(Yⱼ) = (1/m)·Σᵢ ψ(Xᵢ, Yⱼ) give Var(AUC) = S₁₀/m + S₀₁/n, S the sample
/// variances (divisor m − 1, n − 1); the interval is AUC ± z·√Var, clipped to [0, 1]. The components come from midranks
/// (Sun &amp; Xu 2014), O((m + n)·log(m + n)); the AUC itself is <see cref="RocAuc"/>'s.
/// </summary>
public static class DeLongInterval
{
    /// <summary>The AUC of <paramref name="scores"/> for <paramref name="positive"/>, its DeLong variance and interval.</summary>
    /// <exception cref="ArgumentException">The spans differ in length, or either class has fewer than two rows (no variance).</exception>
    public static AucEstimate Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, double level = ConfidenceInterval.DefaultLevel)
    {
        PairArguments.ThrowIfMismatched(scores.Length, positive.Length, 0);
        var auc = RocAuc.Of(scores, positive);
        var allRanks = RocAuc.Midranks(scores);
        var m = 0;
        for (var i = 0; i < positive.Length; i++)
        {
            m += positive[i] ? 1 : 0;
        }

        var n = scores.Length - m;
        if (m < 2 || n < 2)
        {
            throw new ArgumentException("DeLong's variance needs at least two rows of each class.", nameof(positive));
        }

        var positiveScores = new double[m];
        var negativeScores = new double[n];
        var positiveRanks = new double[m];
        var negativeRanks = new double[n];
        for (int i = 0, p = 0, q = 0; i < scores.Length; i++)
        {
            if (positive[i])
            {
                positiveScores[p] = scores[i];
                positiveRanks[p++] = allRanks[i];
            }
            else
            {
                negativeScores[q] = scores[i];
                negativeRanks[q++] = allRanks[i];
            }
        }

        var withinPositives = RocAuc.Midranks(positiveScores);
        var withinNegatives = RocAuc.Midranks(negativeScores);

        // A positive's rank among all, less its rank among positives, counts the negatives below it (ties half).
        var v10 = new double[m];
        for (var i = 0; i < m; i++)
        {
            v10[i] = (positiveRanks[i] - withinPositives[i]) / n;
        }

        var v01 = new double[n];
        for (var j = 0; j < n; j++)
        {
            v01[j] = 1 - ((negativeRanks[j] - withinNegatives[j]) / m);
        }

        var variance = (SampleVariance(v10) / m) + (SampleVariance(v01) / n);
        var halfWidth = ConfidenceInterval.NormalQuantile(level) * Math.Sqrt(variance);
        return new AucEstimate(auc, variance, new ConfidenceInterval(Math.Max(0, auc - halfWidth), Math.Min(1, auc + halfWidth), level));
    }

    private static double SampleVariance(double[] values)
    {
        double mean = 0;
        foreach (var value in values)
        {
            mean += value;
        }

        mean /= values.Length;
        double sum = 0;
        foreach (var value in values)
        {
            sum += (value - mean) * (value - mean);
        }

        return sum / (values.Length - 1);
    }
}
