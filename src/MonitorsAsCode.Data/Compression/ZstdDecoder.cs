using System.Globalization;
using ZstdSharp.Unsafe;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses Zstandard (RFC 8878) with ZstdSharp, a managed port of the reference library's
/// decoder, so reading ZSTD pages needs nothing beyond the .NET runtime.
/// </summary>
internal static unsafe class ZstdDecoder
{
    /// <summary>What <c>ZSTD_getFrameContentSize</c> returns when the frame does not record its size.</summary>
    private const ulong ContentSizeUnknown = ulong.MaxValue;

    /// <summary>What <c>ZSTD_getFrameContentSize</c> returns for a frame it cannot parse.</summary>
    private const ulong ContentSizeError = ulong.MaxValue - 1;

    /// <summary>Without a recorded size, allocate at most this much for a page on trust.</summary>
    private const int MaxUnrecordedSize = 256 * 1024 * 1024;

    /// <summary>Decompresses one or more frames into exactly <paramref name="destination"/>.Length bytes.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt or of another length.</exception>
    public static void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var recorded = FrameContentSize(source);
        if (recorded != ContentSizeUnknown && recorded > (ulong)destination.Length)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD frame holds {recorded} bytes where {destination.Length} were expected"));
        }

        nuint result;
        fixed (byte* input = source)
        fixed (byte* output = destination)
        {
            result = Methods.ZSTD_decompress(output, (nuint)destination.Length, input, (nuint)source.Length);
        }

        if (Methods.ZSTD_isError(result))
        {
            throw new InvalidDataException("ZSTD data is corrupt: " + Methods.ZSTD_getErrorName(result));
        }

        if (result != (nuint)destination.Length)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD data produced {result} of {destination.Length} bytes"));
        }
    }

    /// <summary>
    /// Checks a page's declared size against the first frame's recorded size before the caller
    /// allocates for it, so a corrupt header cannot ask for an unbounded buffer.
    /// </summary>
    /// <exception cref="InvalidDataException">The sizes disagree, or an unrecorded size is implausibly large.</exception>
    public static void CheckDeclaredSize(ReadOnlySpan<byte> source, int declared)
    {
        var recorded = FrameContentSize(source);
        if (recorded == ContentSizeUnknown ? declared > MaxUnrecordedSize : recorded > (ulong)declared)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD frame size does not match the {declared} bytes the page declares"));
        }
    }

    private static ulong FrameContentSize(ReadOnlySpan<byte> source)
    {
        ulong recorded;
        fixed (byte* input = source)
        {
            recorded = Methods.ZSTD_getFrameContentSize(input, (nuint)source.Length);
        }

        return recorded == ContentSizeError ? throw new InvalidDataException("ZSTD data does not start with a valid frame") : recorded;
    }
}
