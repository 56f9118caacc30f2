namespace MonitorsAsCode.Statistics.Tests.Performance;

/// <summary>Compares a metric with its reference value, where null means the reference calls it undefined.</summary>
internal static class ReferenceValue
{
    public static void Agrees(double actual, double? expected, string what)
    {
        if (expected is { } value)
        {
            NumericAssert.Close(actual, value, what);
        }
        else
        {
            actual.Should().Be(double.NaN, "{0} is undefined in the reference", what);
        }
    }

    public static void Agrees(Statistics.Performance.ConfidenceInterval? actual, double[]? expected, string what)
    {
        if (expected is null)
        {
            actual.Should().BeNull("{0} has no interval in the reference", what);
            return;
        }

        actual.Should().NotBeNull("{0} should have an interval", what);
        NumericAssert.Close(actual!.Value.Lower, expected[0], what + " lower bound");
        NumericAssert.Close(actual.Value.Upper, expected[1], what + " upper bound");
    }
}
