using FluentAssertions;

namespace MonitorsAsCode.Testing;

/// <summary>How a computed value is compared with one computed independently (numpy, scipy).</summary>
internal static class NumericAssert
{
    /// <summary>The relative tolerance against a non-zero reference value.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>The absolute tolerance against a reference value of exactly zero.</summary>
    public const double AbsoluteToleranceAtZero = 1e-12;

    /// <summary>The absolute tolerance against a reference value near zero, for <see cref="Measured"/>.</summary>
    public const double AbsoluteToleranceNearZero = 1e-12;

    public static void Close(double actual, double expected, string what) =>
        Close(actual, expected, what, RelativeTolerance);

    public static void Close(double actual, double expected, string what, double relativeTolerance)
    {
        var tolerance = expected == 0 ? AbsoluteToleranceAtZero : relativeTolerance * Math.Abs(expected);
        actual.Should().BeApproximately(expected, tolerance, "{0} should agree with the reference value", what);
    }

    /// <summary>
    /// Compares within max(<paramref name="absoluteTolerance"/>, <paramref name="relativeTolerance"/>·|expected|),
    /// for values such as p-values that an approximation reproduces only to a few digits.
    /// </summary>
    public static void CloseWithin(double actual, double expected, string what, double absoluteTolerance, double relativeTolerance)
    {
        var tolerance = Math.Max(absoluteTolerance, relativeTolerance * Math.Abs(expected));
        actual.Should().BeApproximately(expected, tolerance, "{0} should agree with the reference value", what);
    }

    /// <summary>
    /// A value the engine measured (so it must be there) against its reference, within
    /// max(<see cref="AbsoluteToleranceNearZero"/>, <see cref="RelativeTolerance"/>·|expected|).
    /// </summary>
    public static void Measured(double? actual, double expected, string what)
    {
        actual.Should().NotBeNull("{0} should have been measured", what);
        var tolerance = Math.Max(AbsoluteToleranceNearZero, RelativeTolerance * Math.Abs(expected));
        actual!.Value.Should().BeApproximately(expected, tolerance, "{0} should agree with the reference value", what);
    }

    public static void AllClose(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string what)
    {
        actual.Should().HaveCount(expected.Count, "{0} should have one value per reference value", what);
        for (var i = 0; i < expected.Count; i++)
        {
            Close(actual[i], expected[i], $"{what}[{i}]");
        }
    }
}
