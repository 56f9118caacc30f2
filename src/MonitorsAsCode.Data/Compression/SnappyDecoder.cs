using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses raw Snappy (Google's <c>format_description.txt</c>): a varint of the uncompressed
/// length, then elements whose tag's low two bits say literal (00), or copy with a 1-, 2- or 4-byte
/// offset (01, 10, 11). Every length and offset is checked; corrupt input is an
/// <see cref="InvalidDataException"/>. Short literals and copies move 16 or 8 bytes at a time where both
/// buffers have room past the element (the extra bytes are overwritten by what follows), which is what
/// makes this decoder fast on the many short elements typical of column data.
/// </summary>
internal static class SnappyDecoder
{
    /// <summary>The most output one byte of Snappy input can produce (a 3-byte copy of 64 bytes, rounded up).</summary>
    internal const int MaxExpansion = 32;

    /// <summary>The uncompressed length the stream declares; checked against what its size can produce.</summary>
    /// <exception cref="InvalidDataException">The preamble is missing or impossible.</exception>
    public static int GetUncompressedLength(ReadOnlySpan<byte> source) => ReadPreamble(source, out _);

    /// <summary>
    /// Decompresses <paramref name="source"/> into <paramref name="destination"/>, whose length must
    /// be the declared uncompressed length. A whole stream goes through Snappier, which measured twice as fast
    /// as this decoder on the same pages (ParquetScan benchmark, <c>parquet-net</c>); this decoder serves
    /// <see cref="DecompressPrefix"/>, which Snappier cannot do.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is corrupt or its length is not the destination's.</exception>
    public static void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var declared = ReadPreamble(source, out _);
        if (declared != destination.Length)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"declares {declared} bytes where {destination.Length} were expected"));
        }

        int written;
        try
        {
            written = Snappier.Snappy.Decompress(source, destination);
        }
        catch (Exception error) when (error is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            // Snappier reports damage as InvalidDataException ("Invalid copy offset"), a few cases as argument errors.
            throw Corrupt("is corrupt (" + error.Message.TrimEnd('.') + ")", error);
        }

        if (written != destination.Length)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"produced {written} of {destination.Length} bytes"));
        }
    }

    /// <summary>The same as <see cref="Decompress(ReadOnlySpan{byte}, Span{byte})"/> through this project's own decoder; the benchmark compares the two.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt or its length is not the destination's.</exception>
    internal static void DecompressOwn(ReadOnlySpan<byte> source, Span<byte> destination) => Decompress(source, destination, destination.Length);

    /// <summary>
    /// Decompresses at least the first <paramref name="prefix"/> bytes into <paramref name="destination"/>
    /// (whose length must be the declared uncompressed length) and stops at the end of the element that
    /// reaches them: for a page whose definition levels come first, when only the levels are wanted.
    /// The rest of the stream is not checked.
    /// </summary>
    /// <returns>How many bytes were written, at least <paramref name="prefix"/>.</returns>
    /// <exception cref="InvalidDataException">The data up to there is corrupt, or ends before the prefix.</exception>
    public static int DecompressPrefix(ReadOnlySpan<byte> source, Span<byte> destination, int prefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefix);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefix, destination.Length);
        return Decompress(source, destination, prefix);
    }

    // Long on purpose: the decoding loop of every Snappy page, one method so the positions stay in registers (the
    // benchmark's parquet-net mode measures it against Snappier).
    private static int Decompress(ReadOnlySpan<byte> source, Span<byte> destination, int stopAfter)
    {
        var expected = ReadPreamble(source, out var position);
        if (expected != destination.Length)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"declares {expected} bytes where {destination.Length} were expected"));
        }

        var written = 0;
        while (position < source.Length)
        {
            if (written >= stopAfter && stopAfter < destination.Length)
            {
                return written;
            }

            var tag = source[position++];
            int length;
            int offset;
            switch (tag & 3)
            {
                case 0:
                    {
                        length = (tag >> 2) + 1;
                        if (length > 60)
                        {
                            var extra = length - 60;
                            if (position + extra > source.Length)
                            {
                                throw Corrupt("ends inside a literal length");
                            }

                            var value = 0U;
                            for (var i = 0; i < extra; i++)
                            {
                                value |= (uint)source[position + i] << (8 * i);
                            }

                            position += extra;
                            if (value >= int.MaxValue)
                            {
                                throw Corrupt("has an impossible literal length");
                            }

                            length = (int)value + 1;
                        }

                        if (length > source.Length - position || length > destination.Length - written)
                        {
                            throw Corrupt("has a literal that runs past the end of the data");
                        }

                        if (length <= 16 && source.Length - position >= 16 && destination.Length - written >= 16)
                        {
                            Unsafe.WriteUnaligned(
                                ref Unsafe.Add(ref MemoryMarshal.GetReference(destination), written),
                                Unsafe.ReadUnaligned<Vector128<byte>>(in Unsafe.Add(ref MemoryMarshal.GetReference(source), position)));
                        }
                        else
                        {
                            source.Slice(position, length).CopyTo(destination[written..]);
                        }

                        position += length;
                        written += length;
                        continue;
                    }

                case 1:
                    if (position >= source.Length)
                    {
                        throw Corrupt("ends inside a copy");
                    }

                    length = ((tag >> 2) & 7) + 4;
                    offset = ((tag >> 5) << 8) | source[position++];
                    break;
                case 2:
                    if (position + 2 > source.Length)
                    {
                        throw Corrupt("ends inside a copy");
                    }

                    length = (tag >> 2) + 1;
                    offset = BinaryPrimitives.ReadUInt16LittleEndian(source[position..]);
                    position += 2;
                    break;
                default:
                    {
                        if (position + 4 > source.Length)
                        {
                            throw Corrupt("ends inside a copy");
                        }

                        length = (tag >> 2) + 1;
                        var wide = BinaryPrimitives.ReadUInt32LittleEndian(source[position..]);
                        position += 4;
                        offset = wide > int.MaxValue ? int.MaxValue : (int)wide;
                        break;
                    }
            }

            if (offset == 0 || offset > written)
            {
                throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"copies from offset {offset} with only {written} bytes written"));
            }

            if (length > destination.Length - written)
            {
                throw Corrupt("has a copy that runs past the declared length");
            }

            Copy(destination, written, offset, length);
            written += length;
        }

        if (written != destination.Length)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"produced {written} of the {destination.Length} declared bytes"));
        }

        return written;
    }

    /// <summary>Copies <paramref name="length"/> bytes from <paramref name="offset"/> back; the ranges may overlap, repeating a pattern.</summary>
    /// <remarks>The caller has checked that <c>0 &lt; offset &lt;= at</c> and <c>at + length &lt;= buffer.Length</c>.</remarks>
    internal static void Copy(Span<byte> buffer, int at, int offset, int length)
    {
        var from = at - offset;
        ref var start = ref MemoryMarshal.GetReference(buffer);
        if (offset >= 8 && buffer.Length - at - 8 >= length)
        {
            // Each 8-byte step reads only bytes before the ones it writes, so overlapping patterns repeat correctly;
            // the last step may write up to 7 bytes past the copy, inside the buffer, which later elements overwrite.
            for (var i = 0; i < length; i += 8)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, at + i), Unsafe.ReadUnaligned<ulong>(in Unsafe.Add(ref start, from + i)));
            }

            return;
        }

        if (offset >= length)
        {
            buffer.Slice(from, length).CopyTo(buffer[at..]);
            return;
        }

        for (var i = 0; i < length; i++)
        {
            Unsafe.Add(ref start, at + i) = Unsafe.Add(ref start, from + i);
        }
    }

    private static int ReadPreamble(ReadOnlySpan<byte> source, out int position)
    {
        ulong value = 0;
        position = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (position >= source.Length || shift > 28)
            {
                throw Corrupt("has no valid length preamble");
            }

            var b = source[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        if (value > (ulong)source.Length * MaxExpansion)
        {
            throw Corrupt(string.Create(CultureInfo.InvariantCulture, $"declares {value} bytes, more than {source.Length} bytes of input can hold"));
        }

        return (int)value;
    }

    private static InvalidDataException Corrupt(string reason) => new("Snappy data " + reason);

    private static InvalidDataException Corrupt(string reason, Exception inner) => new("Snappy data " + reason, inner);
}
