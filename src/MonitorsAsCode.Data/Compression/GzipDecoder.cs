using System.Globalization;
using System.IO.Compression;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses gzip (RFC 1952) with <see cref="GZipStream"/>, which reads every member of a
/// stream of concatenated members. The output must be exactly the expected length.
/// </summary>
internal static class GzipDecoder
{
    /// <summary>Deflate's best ratio is about 1032:1; more declared output than that is corrupt.</summary>
    internal const int MaxExpansion = 1100;

    /// <exception cref="InvalidDataException">The data is corrupt or of another length.</exception>
    public static unsafe void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if ((long)destination.Length > ((long)source.Length * MaxExpansion) + 1024)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"gzip data of {source.Length} bytes cannot hold {destination.Length} bytes"));
        }

        fixed (byte* input = source)
        {
            using var compressed = new UnmanagedMemoryStream(input, source.Length);
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            var written = 0;
            while (written < destination.Length)
            {
                var read = gzip.Read(destination[written..]);
                if (read == 0)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"gzip data produced {written} of {destination.Length} bytes"));
                }

                written += read;
            }

            Span<byte> probe = stackalloc byte[1];
            if (gzip.Read(probe) != 0)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"gzip data holds more than the {destination.Length} bytes expected"));
            }
        }
    }
}
