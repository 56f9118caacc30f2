using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes DELTA_LENGTH_BYTE_ARRAY (Parquet <c>Encodings.md</c>, id 6): all lengths as
/// DELTA_BINARY_PACKED, then all the bytes back to back.
/// </summary>
internal static class DeltaLengthByteArrayDecoder
{
    /// <summary>
    /// Decodes <paramref name="count"/> values, described in place in <paramref name="data"/>;
    /// <paramref name="consumed"/> is the length of the encoded data.
    /// </summary>
    public static ByteArrayValues Decode(ReadOnlySpan<byte> data, int count, DecodeScratch scratch, out int consumed) =>
        Decode(data, count, scratch.Starts, scratch.Lengths, scratch.Longs, out consumed);

    /// <summary>As <see cref="Decode(ReadOnlySpan{byte}, int, DecodeScratch, out int)"/>, with the buffers to use.</summary>
    public static ByteArrayValues Decode(ReadOnlySpan<byte> data, int count, PooledBuffer<int> startBuffer, PooledBuffer<int> lengthBuffer, PooledBuffer<long> longs, out int consumed)
    {
        var decoder = new DeltaBinaryPackedDecoder(data);
        if (decoder.TotalCount != count)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_LENGTH_BYTE_ARRAY holds {decoder.TotalCount} lengths where {count} values were expected"));
        }

        var decoded = longs.Get(count);
        decoder.Decode(decoded);
        var starts = startBuffer.Get(count);
        var lengths = lengthBuffer.Get(count);
        long position = decoder.Position;
        for (var i = 0; i < count; i++)
        {
            var length = decoded[i];
            if (length < 0 || length > data.Length - position)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_LENGTH_BYTE_ARRAY value {i} has length {length}, beyond the {data.Length - position} bytes left"));
            }

            starts[i] = (int)position;
            lengths[i] = (int)length;
            position += length;
        }

        consumed = (int)position;
        return new ByteArrayValues(data, starts, lengths);
    }
}
