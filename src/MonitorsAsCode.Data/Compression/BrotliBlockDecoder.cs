using System.Buffers;
using System.Globalization;
using System.IO.Compression;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses Brotli (RFC 7932) with <see cref="BrotliDecoder"/>. Brotli has no useful bound on
/// its expansion, so the output grows as data is actually produced rather than being allocated at
/// the declared size up front: a corrupt declared size cannot cause a large allocation.
/// </summary>
internal static class BrotliBlockDecoder
{
    private const int InitialChunk = 64 * 1024;

    /// <summary>Writes exactly <paramref name="expectedLength"/> decompressed bytes to <paramref name="output"/>.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt, truncated or of another length.</exception>
    public static void Decompress(ReadOnlySpan<byte> source, int expectedLength, IBufferWriter<byte> output)
    {
        using var decoder = new BrotliDecoder();
        long written = 0;
        var chunk = (int)Math.Min(expectedLength + 1L, Math.Max(InitialChunk, (source.Length * 4L) + 1));
        while (true)
        {
            // One byte more than expected is asked for, so too much output shows up as output.
            var room = (int)Math.Min(chunk, expectedLength - written + 1);
            var target = output.GetSpan(room)[..room];
            var status = decoder.Decompress(source, target, out var consumed, out var produced);
            output.Advance(produced);
            written += produced;
            source = source[consumed..];
            if (written > expectedLength)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Brotli data holds more than the {expectedLength} bytes expected"));
            }

            switch (status)
            {
                case OperationStatus.Done when written == expectedLength:
                    return;
                case OperationStatus.Done:
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Brotli data produced {written} of {expectedLength} bytes"));
                case OperationStatus.DestinationTooSmall:
                    chunk = (int)Math.Min((long)chunk * 2, Array.MaxLength);
                    break;
                case OperationStatus.NeedMoreData:
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Brotli data ends early, after {written} bytes of output"));
                default:
                    throw new InvalidDataException("Brotli data is corrupt");
            }
        }
    }
}
