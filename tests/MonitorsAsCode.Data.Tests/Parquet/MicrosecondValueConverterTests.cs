using System.Buffers.Binary;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Tests.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

public sealed class MicrosecondValueConverterTests
{
    [Fact]
    public void Int96_is_nanoseconds_of_the_day_and_a_julian_day()
    {
        // The values in int96_from_spark.parquet; 2024-01-01 is Julian day 2,460,311, 9999-12-31 is 5,373,484.
        var source = Int96((74_096_123_456_000, 2_460_311), (3_600_000_000_000, 2_460_311), (10_800_000_000_000, 5_373_484), (-1, 2_440_588));
        var result = new long[4];

        new MicrosecondValueConverter(TimeUnit.Nanos).FromInt96(source, result);

        result.Should().Equal(
            UnixTime.Microseconds("2024-01-01T20:34:56.123456Z"),
            UnixTime.Microseconds("2024-01-01T01:00:00Z"),
            UnixTime.Microseconds("9999-12-31T03:00:00Z"),
            -1);
    }

    [Fact]
    public void Int96_beyond_the_microsecond_range_is_refused()
    {
        var convert = () => new MicrosecondValueConverter(TimeUnit.Nanos).FromInt96(Int96((0, -105_862_232)), new long[1]);

        convert.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("Julian day -105862232");
    }

    [Fact]
    public void Millisecond_overflow_is_refused()
    {
        var convert = () => new MicrosecondValueConverter(TimeUnit.Millis).FromInt64([long.MaxValue / 10], new long[1]);

        convert.Should().Throw<ParquetFormatException>();
    }

    private static byte[] Int96(params (long Nanoseconds, int JulianDay)[] values)
    {
        var bytes = new byte[values.Length * 12];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 12), values[i].Nanoseconds);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 12) + 8), values[i].JulianDay);
        }

        return bytes;
    }
}
