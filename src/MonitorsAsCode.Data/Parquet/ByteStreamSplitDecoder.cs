using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes BYTE_STREAM_SPLIT (Parquet <c>Encodings.md</c>, id 9): for values of <c>w</c> bytes,
/// <c>w</c> streams, stream <c>k</c> holding byte <c>k</c> of every value in order.
/// </summary>
internal static class ByteStreamSplitDecoder
{
    /// <summary>Reassembles <paramref name="count"/> values of <paramref name="width"/> bytes into <paramref name="destination"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int width, int count, Span<byte> destination)
    {
        if ((long)width * count > data.Length)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"BYTE_STREAM_SPLIT data of {data.Length} bytes is too short for {count} values of {width} bytes"));
        }

        for (var stream = 0; stream < width; stream++)
        {
            var source = data.Slice(stream * count, count);
            for (var i = 0; i < count; i++)
            {
                destination[(i * width) + stream] = source[i];
            }
        }
    }
}
