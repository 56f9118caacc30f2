namespace MonitorsAsCode.Statistics.Performance;

/// <summary>
/// The confidence interval of a difference a − b of two independent estimates from their own intervals, by the
/// method of variance estimates recovery (MOVER; Zou &amp; Donner 2008): with a ∈ (lₐ, uₐ) and b ∈ (l_b, u_b),
/// L = (a − b) − √((a − lₐ)² + (u_b − b)²) and U = (a − b) + √((uₐ − a)² + (b − l_b)²). With Wilson intervals of two
/// proportions it is Newcombe's hybrid score interval (1998, method 10), as
/// <c>statsmodels.stats.proportion.confint_proportions_2indep(method='newcomb')</c>.
/// </summary>
public static class DifferenceInterval
{
    /// <summary>The interval of <paramref name="a"/> − <paramref name="b"/>, at the level of <paramref name="aInterval"/>.</summary>
    public static ConfidenceInterval Of(double a, ConfidenceInterval aInterval, double b, ConfidenceInterval bInterval)
    {
        var difference = a - b;
        var lower = difference - Math.Sqrt(Square(a - aInterval.Lower) + Square(bInterval.Upper - b));
        var upper = difference + Math.Sqrt(Square(aInterval.Upper - a) + Square(b - bInterval.Lower));
        return new ConfidenceInterval(lower, upper, aInterval.Level);
    }

    private static double Square(double value) => value * value;
}
