using MonitorsAsCode.Statistics.Drift;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// The change in a column's share of null rows between the reference and the current, with the
/// two-proportion z-test's p-value (<see cref="TwoProportionZTest"/>): a column whose only change is that
/// more of it went missing is drift too, though the distribution methods compare only the values present.
/// </summary>
/// <param name="Reference">The reference's null share.</param>
/// <param name="Current">The current's null share.</param>
/// <param name="PValue">The two-sided p-value of the two shares being equal.</param>
internal readonly record struct NullShareShift(double Reference, double Current, double PValue)
{
    /// <summary>The smallest change, 1 percentage point, that the evidence mentions unprompted.</summary>
    public const double NotableChange = 0.01;

    /// <summary>The p-value under which a change is mentioned unprompted, 0.01.</summary>
    public const double NotablePValue = 0.01;

    /// <summary>The absolute change of the share, the value <c>null_share_change</c> limits.</summary>
    public double Change => Math.Abs(Current - Reference);

    /// <summary>Whether the change is both large (at least a point) and significant (p &lt; 0.01).</summary>
    public bool IsNotable => Change >= NotableChange && PValue < NotablePValue;

    /// <summary>Measures the shift from the rows and nulls of each snapshot.</summary>
    public static NullShareShift Between(long referenceRows, long referenceNulls, long currentRows, long currentNulls)
    {
        var test = TwoProportionZTest.FromCounts([referenceRows - referenceNulls, referenceNulls], [currentRows - currentNulls, currentNulls]);
        return new NullShareShift(test.ReferenceProportion, test.CurrentProportion, test.PValue);
    }
}
