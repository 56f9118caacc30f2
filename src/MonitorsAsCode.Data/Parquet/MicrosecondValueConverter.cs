using System.Buffers.Binary;
using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Timestamps and times of day into microseconds (since the Unix epoch, or since midnight):
/// milliseconds are multiplied, nanoseconds floored, INT96 values (nanoseconds of the day, then the
/// Julian day number, little-endian) converted. A value whose microseconds overflow is an error.
/// </summary>
internal sealed class MicrosecondValueConverter(TimeUnit unit) : ValueConverter<long>
{
    /// <summary>Julian day number of 1970-01-01.</summary>
    private const long UnixEpochJulianDay = 2_440_588;
    private const long MicrosecondsPerDay = 86_400_000_000;

    public override void FromInt32(ReadOnlySpan<int> source, Span<long> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Scale(source[i]);
        }
    }

    public override void FromInt64(ReadOnlySpan<long> source, Span<long> destination)
    {
        if (unit == TimeUnit.Micros)
        {
            source.CopyTo(destination);
            return;
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Scale(source[i]);
        }
    }

    public override void FromInt96(ReadOnlySpan<byte> source, Span<long> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var value = source.Slice(i * 12, 12);
            var nanoseconds = BinaryPrimitives.ReadInt64LittleEndian(value);
            var julianDay = BinaryPrimitives.ReadInt32LittleEndian(value[8..]);
            try
            {
                destination[i] = checked(((julianDay - UnixEpochJulianDay) * MicrosecondsPerDay) + Math.DivRem(nanoseconds, 1000).Quotient - (nanoseconds % 1000 < 0 ? 1 : 0));
            }
            catch (OverflowException)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"an INT96 timestamp (Julian day {julianDay}, {nanoseconds} ns) is outside the Timestamp range, about 292,000 years either side of 1970 in microseconds"));
            }
        }
    }

    private long Scale(long value)
    {
        switch (unit)
        {
            case TimeUnit.Millis:
                if (value is > long.MaxValue / 1000 or < long.MinValue / 1000)
                {
                    throw new ParquetFormatException("a millisecond timestamp is outside the range of microseconds since 1970");
                }

                return value * 1000;
            case TimeUnit.Nanos:
                return Math.DivRem(value, 1000).Quotient - (value % 1000 < 0 ? 1 : 0);
            default:
                return value;
        }
    }
}
