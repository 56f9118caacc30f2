using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Integers of every width into Int64 values: INT32 sign-extended (or zero-extended when the column
/// is unsigned), INT64 as is. An unsigned 64-bit value above <see cref="long.MaxValue"/> does not fit
/// and is an error that suggests reading the column as Double.
/// </summary>
internal sealed class Int64ValueConverter(bool unsigned) : ValueConverter<long>
{
    public override void FromInt32(ReadOnlySpan<int> source, Span<long> destination)
    {
        if (unsigned)
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = (uint)source[i];
            }
        }
        else
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i];
            }
        }
    }

    public override void FromInt64(ReadOnlySpan<long> source, Span<long> destination)
    {
        if (unsigned)
        {
            foreach (var value in source)
            {
                if (value < 0)
                {
                    throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the unsigned value {(ulong)value} does not fit in Int64; read the column as Double"));
                }
            }
        }

        source.CopyTo(destination);
    }
}
