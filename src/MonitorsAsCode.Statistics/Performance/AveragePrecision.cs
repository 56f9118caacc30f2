namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// Average precision, the step-wise area under the precision–recall curve: Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the distinct scores
/// taken as thresholds from the highest down (rows with equal scores enter together, R₀ = 0), as
/// <c>sklearn.metrics.average_precision_score</c> (no interpolation). Weighted rows count their weight.
/// </summary>
public static class AveragePrecision
{
    /// <summary>The average precision of <paramref name="scores"/> for <paramref name="positive"/>; NaN when no row is positive.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<double> weights = default)
    {
        PairArguments.ThrowIfMismatched(scores.Length, positive.Length, weights.Length);
        var order = DescendingOrder(scores);
        return OfOrdered(scores, positive, weights, order);
    }

    /// <summary>The row indices ordered by descending score (ties in row order), for <see cref="OfOrdered"/>.</summary>
    public static int[] DescendingOrder(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -scores[i];
        }

        Array.Sort(keys, order);
        return order;
    }

    /// <summary>
    /// The average precision given the rows' descending order from <see cref="DescendingOrder"/>, so a bootstrap sorts once
    /// and reweighs many times.
    /// </summary>
    public static double OfOrdered(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<double> weights, ReadOnlySpan<int> order)
    {
        double positives = 0;
        for (var i = 0; i < positive.Length; i++)
        {
            if (positive[i])
            {
                positives += PairArguments.Weight(weights, i);
            }
        }

        if (!(positives > 0))
        {
            return double.NaN;
        }

        double truePositives = 0, predicted = 0, recall = 0, area = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                var row = order[end];
                var weight = PairArguments.Weight(weights, row);
                predicted += weight;
                if (positive[row])
                {
                    truePositives += weight;
                }

                end++;
            }

            var nextRecall = truePositives / positives;
            if (predicted > 0)
            {
                area += (nextRecall - recall) * (truePositives / predicted);
            }

            recall = nextRecall;
            start = end;
        }

        return area;
    }
}
