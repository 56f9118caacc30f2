namespace MonitorsAsCode.Engine.Tests.Assertions;

/// <summary>How a value measured by the engine is compared with one computed independently (numpy, scipy).</summary>
internal static class NumericAssert
{
    /// <summary>The relative tolerance against a non-zero reference value.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>The absolute tolerance against a reference value near zero.</summary>
    public const double AbsoluteToleranceNearZero = 1e-12;

    public static void Close(double? actual, double expected, string what)
    {
        actual.Should().NotBeNull("{0} should have been measured", what);
        var tolerance = Math.Max(AbsoluteToleranceNearZero, RelativeTolerance * Math.Abs(expected));
        actual!.Value.Should().BeApproximately(expected, tolerance, "{0} should agree with the reference value", what);
    }
}
