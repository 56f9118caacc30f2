using System.Buffers.Binary;
using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Timestamps and times of day into microseconds (since the Unix epoch, or since midnight):
/// milliseconds are multiplied, nanoseconds floored, INT96 values (nanoseconds of the day, then the
/// Julian day number, little-endian) converted, including Spark's wrapped values past year 285,000.
/// A value whose microseconds overflow otherwise is an error.
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
            destination[i] = FromInt96(BinaryPrimitives.ReadInt64LittleEndian(value), BinaryPrimitives.ReadInt32LittleEndian(value[8..]));
        }
    }

    /// <summary>
    /// One INT96 value in microseconds. Spark writes INT96 from its int64 microseconds by adding the
    /// epoch's Julian day in wrapping arithmetic, so an instant after about year 285,000 is stored as
    /// a day far before year -290,000 with negative nanoseconds. Such a value lies outside the int64
    /// microsecond range and is unwrapped to the instant Spark wrote (Spark reads it back the same
    /// way). Any other value outside the range is refused.
    /// </summary>
    internal static long FromInt96(long nanoseconds, int julianDay)
    {
        var microseconds = Math.DivRem(nanoseconds, 1000).Quotient - (nanoseconds % 1000 < 0 ? 1 : 0);
        var exact = ((Int128)(julianDay - UnixEpochJulianDay) * MicrosecondsPerDay) + microseconds;
        if (exact >= long.MinValue && exact <= long.MaxValue)
        {
            return (long)exact;
        }

        var writtenBySpark = nanoseconds <= 0 && nanoseconds % 1000 == 0 && Math.Abs(nanoseconds) < MicrosecondsPerDay * 1000 && exact < long.MinValue && exact + (Int128.One << 64) >= 0;
        if (writtenBySpark)
        {
            return (long)(exact + (Int128.One << 64));
        }

        throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"an INT96 timestamp (Julian day {julianDay}, {nanoseconds} ns) is outside the Timestamp range, about 292,000 years either side of 1970 in microseconds"));
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
