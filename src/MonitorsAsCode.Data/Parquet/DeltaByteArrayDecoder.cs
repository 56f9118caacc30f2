using System.Globalization;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Decodes DELTA_BYTE_ARRAY (Parquet <c>Encodings.md</c>, id 7), incremental or front coding: the
/// prefix lengths as DELTA_BINARY_PACKED, then the suffixes as DELTA_LENGTH_BYTE_ARRAY; value
/// <c>i</c> is the first prefix-length bytes of value <c>i - 1</c> followed by its suffix.
/// </summary>
internal static class DeltaByteArrayDecoder
{
    public static ByteArrayValues Decode(ReadOnlySpan<byte> data, int count, DecodeScratch scratch)
    {
        var prefixDecoder = new DeltaBinaryPackedDecoder(data);
        if (prefixDecoder.TotalCount != count)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BYTE_ARRAY holds {prefixDecoder.TotalCount} prefix lengths where {count} values were expected"));
        }

        var prefixes = scratch.Longs.Get(count);
        prefixDecoder.Decode(prefixes);

        // The prefix lengths must outlive the suffix decoding, which needs a 64-bit buffer of its own.
        var prefixLengths = scratch.Ints.Get(count);
        for (var i = 0; i < count; i++)
        {
            if (prefixes[i] is < 0 or > int.MaxValue)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BYTE_ARRAY value {i} has prefix length {prefixes[i]}"));
            }

            prefixLengths[i] = (int)prefixes[i];
        }

        var suffixes = DeltaLengthByteArrayDecoder.Decode(data[prefixDecoder.Position..], count, scratch.SuffixStarts, scratch.Lengths, scratch.Longs, out _);

        long total = 0;
        long previous = 0;
        for (var i = 0; i < count; i++)
        {
            if (prefixLengths[i] > previous)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BYTE_ARRAY value {i} reuses {prefixLengths[i]} bytes of a previous value of {previous}"));
            }

            previous = prefixLengths[i] + (long)suffixes.Lengths[i];
            total += previous;
            if (total > Array.MaxLength)
            {
                throw new ParquetFormatException("DELTA_BYTE_ARRAY values exceed the largest supported page");
            }
        }

        var bytes = scratch.Bytes.Get((int)total);
        var starts = scratch.Starts.Get(count);
        var position = 0;
        var previousStart = 0;
        for (var i = 0; i < count; i++)
        {
            var prefix = prefixLengths[i];
            bytes.Slice(previousStart, prefix).CopyTo(bytes[position..]);
            var suffix = suffixes[i];
            suffix.CopyTo(bytes[(position + prefix)..]);
            starts[i] = position;
            previousStart = position;
            position += prefix + suffix.Length;
        }

        // The suffix lengths buffer becomes the value lengths.
        var lengths = scratch.Lengths.Get(count);
        for (var i = 0; i < count; i++)
        {
            lengths[i] = prefixLengths[i] + lengths[i];
        }

        return new ByteArrayValues(bytes, starts, lengths);
    }
}
