using System.Globalization;

namespace MonitorsAsCode.Definitions.Monitors;

/// <summary>
/// A limit on a monitor's value: breached when the value is above <see cref="Above"/> or below
/// <see cref="Below"/>. Most metrics only have an upper limit (<c>warn: 0.1</c>); a ratio such as
/// volume has a band (<c>warn: { below: 0.8, above: 1.25 }</c>).
/// </summary>
public readonly record struct Threshold(double? Below, double? Above)
{
    /// <summary>An upper limit: values above it breach.</summary>
    public static Threshold AtMost(double limit) => new(null, limit);

    /// <summary>A lower limit: values below it breach (p-values, where smaller is worse).</summary>
    public static Threshold AtLeast(double limit) => new(limit, null);

    /// <summary>Whether <paramref name="value"/> breaches this limit.</summary>
    public bool IsBreachedBy(double value) =>
        (Above is { } above && value > above) || (Below is { } below && value < below);

    /// <inheritdoc />
    public override string ToString() => (Below, Above) switch
    {
        (null, { } above) => "> " + above.ToString("R", CultureInfo.InvariantCulture),
        ({ } below, null) => "< " + below.ToString("R", CultureInfo.InvariantCulture),
        ({ } below, { } above) => "< " + below.ToString("R", CultureInfo.InvariantCulture) + " or > " + above.ToString("R", CultureInfo.InvariantCulture),
        _ => "none",
    };
}
