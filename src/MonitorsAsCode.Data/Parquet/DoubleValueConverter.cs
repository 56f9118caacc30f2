using System.Buffers.Binary;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Numbers into doubles: FLOAT widened, DOUBLE as is, integers (signed or unsigned) converted,
/// DECIMAL scaled (<see cref="DecimalConversion"/>), FLOAT16 widened from its two little-endian bytes.
/// </summary>
internal sealed class DoubleValueConverter(ValueSemantics semantics, int scale) : ValueConverter<double>
{
    public override void FromInt32(ReadOnlySpan<int> source, Span<double> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            long value = semantics == ValueSemantics.UnsignedInteger ? (uint)source[i] : source[i];
            destination[i] = semantics == ValueSemantics.Decimal ? DecimalConversion.ToDouble(value, scale) : value;
        }
    }

    public override void FromInt64(ReadOnlySpan<long> source, Span<double> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = semantics switch
            {
                ValueSemantics.UnsignedInteger => (ulong)source[i],
                ValueSemantics.Decimal => DecimalConversion.ToDouble(source[i], scale),
                _ => source[i],
            };
        }
    }

    public override void FromFloat(ReadOnlySpan<float> source, Span<double> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = source[i];
        }
    }

    public override void FromDouble(ReadOnlySpan<double> source, Span<double> destination) => source.CopyTo(destination);

    public override void FromBytes(ByteArrayValues source, Span<double> destination)
    {
        for (var i = 0; i < source.Count; i++)
        {
            var bytes = source[i];
            if (semantics == ValueSemantics.Float16)
            {
                if (bytes.Length != 2)
                {
                    throw new ParquetFormatException("a FLOAT16 value is not 2 bytes long");
                }

                destination[i] = (double)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes));
            }
            else
            {
                destination[i] = DecimalConversion.FromBigEndian(bytes, scale);
            }
        }
    }
}
