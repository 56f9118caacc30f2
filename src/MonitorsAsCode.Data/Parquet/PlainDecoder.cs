using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes PLAIN values (Parquet <c>Encodings.md</c>, id 0): booleans bit-packed least significant
/// bit first, numbers little-endian, byte arrays with a 4-byte length prefix, fixed-length arrays
/// back to back. Also the format of dictionary pages.
/// </summary>
internal static class PlainDecoder
{
    /// <summary>The fewest bytes <paramref name="count"/> PLAIN values can take; checked before allocating for them.</summary>
    public static long MinimumBytes(PhysicalType type, int typeLength, long count) => type switch
    {
        PhysicalType.Boolean => (count + 7) / 8,
        PhysicalType.Int32 or PhysicalType.Float => count * 4,
        PhysicalType.Int64 or PhysicalType.Double => count * 8,
        PhysicalType.Int96 => count * 12,
        PhysicalType.ByteArray => count * 4,
        _ => count * typeLength,
    };

    /// <summary>Decodes <paramref name="destination"/>.Length values of <paramref name="type"/> and converts them.</summary>
    public static void Decode<T>(PhysicalType type, int typeLength, ReadOnlySpan<byte> data, ValueConverter<T> converter, Span<T> destination, DecodeScratch scratch)
    {
        var count = destination.Length;
        if (MinimumBytes(type, typeLength, count) > data.Length)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"PLAIN data of {data.Length} bytes is too short for {count} values"));
        }

        switch (type)
        {
            case PhysicalType.Boolean:
                {
                    var values = scratch.Booleans.Get(count);
                    for (var i = 0; i < count; i++)
                    {
                        values[i] = (data[i >> 3] & (1 << (i & 7))) != 0;
                    }

                    converter.FromBooleans(values, destination);
                    break;
                }

            case PhysicalType.Int32:
                converter.FromInt32(MemoryMarshal.Cast<byte, int>(data[..(count * 4)]), destination);
                break;
            case PhysicalType.Int64:
                converter.FromInt64(MemoryMarshal.Cast<byte, long>(data[..(count * 8)]), destination);
                break;
            case PhysicalType.Int96:
                converter.FromInt96(data[..(count * 12)], destination);
                break;
            case PhysicalType.Float:
                converter.FromFloat(MemoryMarshal.Cast<byte, float>(data[..(count * 4)]), destination);
                break;
            case PhysicalType.Double:
                converter.FromDouble(MemoryMarshal.Cast<byte, double>(data[..(count * 8)]), destination);
                break;
            case PhysicalType.ByteArray:
                {
                    var starts = scratch.Starts.Get(count);
                    var lengths = scratch.Lengths.Get(count);
                    var position = 0;
                    for (var i = 0; i < count; i++)
                    {
                        if (position + 4 > data.Length)
                        {
                            throw new ParquetFormatException("PLAIN byte array data ends inside a length");
                        }

                        var length = BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
                        position += 4;
                        if (length > (uint)(data.Length - position))
                        {
                            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"PLAIN byte array value {i} claims {length} bytes but only {data.Length - position} remain"));
                        }

                        starts[i] = position;
                        lengths[i] = (int)length;
                        position += (int)length;
                    }

                    converter.FromBytes(new ByteArrayValues(data, starts, lengths), destination);
                    break;
                }

            case PhysicalType.FixedLenByteArray:
                converter.FromBytes(FixedLength(data, typeLength, count, scratch), destination);
                break;
            default:
                throw new ParquetFormatException("unknown physical type " + ((int)type).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary><paramref name="count"/> values of <paramref name="width"/> bytes stored back to back.</summary>
    public static ByteArrayValues FixedLength(ReadOnlySpan<byte> data, int width, int count, DecodeScratch scratch)
    {
        var starts = scratch.Starts.Get(count);
        var lengths = scratch.Lengths.Get(count);
        for (var i = 0; i < count; i++)
        {
            starts[i] = i * width;
        }

        lengths.Fill(width);
        return new ByteArrayValues(data, starts, lengths);
    }
}
