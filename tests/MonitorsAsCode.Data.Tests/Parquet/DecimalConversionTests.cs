using MonitorsAsCode.Data.Parquet;

namespace MonitorsAsCode.Data.Tests.Parquet;

public sealed class DecimalConversionTests
{
    [Theory]
    [InlineData(12345L, 2, 123.45)]
    [InlineData(-1L, 3, -0.001)]
    [InlineData(0L, 10, 0.0)]
    [InlineData(long.MaxValue, 0, 9.223372036854775807e18)]
    [InlineData(123456789012345678L, 30, 1.23456789012345678e-13)]
    public void Unscaled_integer_and_scale_give_the_nearest_double(long unscaled, int scale, double expected)
    {
        DecimalConversion.ToDouble(unscaled, scale).Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0, -1.0)]
    [InlineData(new byte[] { 0x00, 0x80 }, 1, 12.8)]
    [InlineData(new byte[] { 0xFF, 0x7F }, 0, -129.0)]
    [InlineData(new byte[] { }, 2, 0.0)]
    public void Big_endian_twos_complement_bytes_are_decoded(byte[] bytes, int scale, double expected)
    {
        DecimalConversion.FromBigEndian(bytes, scale).Should().Be(expected);
    }

    [Fact]
    public void Values_wider_than_64_bits_are_rounded_once()
    {
        // 2^64 + 1 with scale 0: the nearest double is 2^64.
        byte[] bytes = [0x01, 0, 0, 0, 0, 0, 0, 0, 0x01];

        DecimalConversion.FromBigEndian(bytes, 0).Should().Be(18446744073709551616d);
        DecimalConversion.FromBigEndian([0xFF, .. bytes[1..]], 20).Should().Be(-0.18446744073709551615);
    }
}
