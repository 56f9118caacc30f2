using MonitorsAsCode.Statistics.Descriptive;

namespace MonitorsAsCode.Statistics.Tests.Descriptive;

public sealed class FiniteExtremesTests
{
    public static TheoryData<double[]> Samples() => new()
    {
        new[] { 3.0 },
        new[] { 1.0, -2.5, 7.25, 0.0, 1e300, -1e-300, 4.0, 4.0, 9.0 },
        Enumerable.Range(0, 1001).Select(i => Math.Sin(i) * 1000).ToArray(),
        new[] { 0.0, -0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 },
        new[] { -0.0, -0.0, -0.0, -0.0, -0.0 },
        new[] { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 },
        new[] { 1.0, 2.0, 3.0, 4.0, 5.0, -0.0, 0.0, 7.0 },
        new[] { -1.0, -2.0, -3.0, -4.0, -5.0, -0.0, -6.0, -7.0, -8.0 },
        new[] { -1.0, -2.0, -3.0, -4.0, -5.0, 0.0, -6.0, -7.0, -8.0, -0.0 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_extremes_are_those_of_a_Math_Min_and_Math_Max_fold_bit_for_bit(double[] values)
    {
        var (minimum, maximum) = FiniteExtremes.Of(values, out var allFinite);

        allFinite.Should().BeTrue();
        BitConverter.DoubleToInt64Bits(minimum).Should().Be(BitConverter.DoubleToInt64Bits(values.Aggregate(Math.Min)), "the sign of a zero minimum too");
        BitConverter.DoubleToInt64Bits(maximum).Should().Be(BitConverter.DoubleToInt64Bits(values.Aggregate(Math.Max)), "the sign of a zero maximum too");
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 5)]
    [InlineData(double.NegativeInfinity, 10)]
    public void A_value_that_is_not_finite_anywhere_in_the_sweep_or_its_tail_is_reported(double bad, int index)
    {
        var values = Enumerable.Range(0, 11).Select(i => (double)i).ToArray();
        values[index] = bad;

        FiniteExtremes.Of(values, out var allFinite);

        allFinite.Should().BeFalse();
    }

    [Fact]
    public void An_empty_span_is_refused() =>
        FluentActions.Invoking(() => FiniteExtremes.Of([], out _)).Should().Throw<ArgumentException>();
}
