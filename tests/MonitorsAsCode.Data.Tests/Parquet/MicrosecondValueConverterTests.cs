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
    public void Int96_that_spark_wrapped_past_year_285000_is_unwrapped()
    {
        // Spark 3.4 stores 290000-12-30T23:00:00Z (9,089,380,393,200,000,000 µs) as Julian day
        // -105,862,232 and -32,509,551,616,000 ns: its micros + epoch Julian day overflowed int64.
        var result = new long[1];

        new MicrosecondValueConverter(TimeUnit.Nanos).FromInt96(Int96((-32_509_551_616_000, -105_862_232)), result);

        result[0].Should().Be(9_089_380_393_200_000_000);
    }

    [Theory]
    [InlineData(0, int.MinValue)]
    [InlineData(0, int.MaxValue)]
    [InlineData(1, -105_862_232)]
    [InlineData(32_509_551_616_000, -105_862_232)]
    public void Int96_beyond_the_microsecond_range_that_spark_cannot_have_written_is_refused(long nanoseconds, int julianDay)
    {
        var convert = () => new MicrosecondValueConverter(TimeUnit.Nanos).FromInt96(Int96((nanoseconds, julianDay)), new long[1]);

        convert.Should().Throw<ParquetFormatException>().Which.Message.Should().Contain("Julian day " + julianDay.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
