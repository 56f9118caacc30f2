using System.Globalization;
using System.Runtime.InteropServices;

namespace MonitorsAsCode.Data.Compression;

/// <summary>
/// Decompresses Zstandard (RFC 8878) through the system's libzstd, loaded on first use
/// (<c>libzstd.so.1</c> on Linux, <c>libzstd.1.dylib</c> on macOS, <c>libzstd.dll</c> on Windows).
/// When the library is absent, reading a ZSTD page says so and how to install it. <see cref="System"/> is the
/// one the reader uses; tests make others from library names that do not exist, to see the message.
/// </summary>
internal sealed unsafe class ZstdLibrary
{
    /// <summary>What <c>ZSTD_getFrameContentSize</c> returns when the frame does not record its size.</summary>
    private const ulong ContentSizeUnknown = ulong.MaxValue;

    /// <summary>What <c>ZSTD_getFrameContentSize</c> returns for a frame it cannot parse.</summary>
    private const ulong ContentSizeError = ulong.MaxValue - 1;

    /// <summary>Without a recorded size, allocate at most this much for a page on trust.</summary>
    private const int MaxUnrecordedSize = 256 * 1024 * 1024;

    private readonly IReadOnlyList<string> candidates;
    private readonly Lazy<Functions?> loaded;

    /// <summary>A binding that loads the first of <paramref name="candidates"/> (library names) that exists, on first use.</summary>
    public ZstdLibrary(IReadOnlyList<string> candidates)
    {
        if (candidates.Count == 0)
        {
            throw new ArgumentException("At least one library name is needed.", nameof(candidates));
        }

        this.candidates = candidates;
        loaded = new Lazy<Functions?>(() => Load(candidates));
    }

    /// <summary>The system's libzstd, under its usual names on this operating system.</summary>
    public static ZstdLibrary System { get; } = new(
        OperatingSystem.IsWindows() ? ["libzstd.dll", "zstd.dll"]
        : OperatingSystem.IsMacOS() ? ["libzstd.1.dylib", "libzstd.dylib"]
        : ["libzstd.so.1", "libzstd.so"]);

    /// <summary>Whether libzstd could be loaded.</summary>
    public bool IsAvailable => loaded.Value is not null;

    /// <summary>Decompresses one or more frames into exactly <paramref name="destination"/>.Length bytes.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt or of another length.</exception>
    /// <exception cref="NotSupportedException">libzstd is not installed.</exception>
    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var functions = loaded.Value ?? throw new NotSupportedException(
            "ZSTD-compressed pages need the Zstandard library (" + candidates[0] + "), which is not installed; install it (for example `apt-get install libzstd1`) and retry");
        fixed (byte* input = source)
        fixed (byte* output = destination)
        {
            var recorded = functions.GetFrameContentSize(input, (nuint)source.Length);
            if (recorded == ContentSizeError)
            {
                throw new InvalidDataException("ZSTD data does not start with a valid frame");
            }

            if (recorded != ContentSizeUnknown && recorded > (ulong)destination.Length)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD frame holds {recorded} bytes where {destination.Length} were expected"));
            }

            var result = functions.Decompress(output, (nuint)destination.Length, input, (nuint)source.Length);
            if (functions.IsError(result) != 0)
            {
                var name = Marshal.PtrToStringAnsi((IntPtr)functions.GetErrorName(result)) ?? "unknown error";
                throw new InvalidDataException("ZSTD data is corrupt: " + name);
            }

            if (result != (nuint)destination.Length)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD data produced {result} of {destination.Length} bytes"));
            }
        }
    }

    /// <summary>
    /// Checks a page's declared size against the first frame's recorded size before the caller
    /// allocates for it, so a corrupt header cannot ask for an unbounded buffer.
    /// </summary>
    /// <exception cref="InvalidDataException">The sizes disagree, or an unrecorded size is implausibly large.</exception>
    public void CheckDeclaredSize(ReadOnlySpan<byte> source, int declared)
    {
        var functions = loaded.Value;
        if (functions is null)
        {
            return;
        }

        ulong recorded;
        fixed (byte* input = source)
        {
            recorded = functions.GetFrameContentSize(input, (nuint)source.Length);
        }

        if (recorded == ContentSizeError)
        {
            throw new InvalidDataException("ZSTD data does not start with a valid frame");
        }

        if (recorded == ContentSizeUnknown ? declared > MaxUnrecordedSize : recorded > (ulong)declared)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"ZSTD frame size does not match the {declared} bytes the page declares"));
        }
    }

    private static Functions? Load(IReadOnlyList<string> candidates)
    {
        foreach (var name in candidates)
        {
            if (NativeLibrary.TryLoad(name, typeof(ZstdLibrary).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.System32, out var handle)
                || NativeLibrary.TryLoad(name, out handle))
            {
                if (NativeLibrary.TryGetExport(handle, "ZSTD_decompress", out var decompress)
                    && NativeLibrary.TryGetExport(handle, "ZSTD_getFrameContentSize", out var contentSize)
                    && NativeLibrary.TryGetExport(handle, "ZSTD_isError", out var isError)
                    && NativeLibrary.TryGetExport(handle, "ZSTD_getErrorName", out var errorName))
                {
                    return new Functions(
                        (delegate* unmanaged<byte*, nuint, byte*, nuint, nuint>)decompress,
                        (delegate* unmanaged<byte*, nuint, ulong>)contentSize,
                        (delegate* unmanaged<nuint, uint>)isError,
                        (delegate* unmanaged<nuint, byte*>)errorName);
                }
            }
        }

        return null;
    }

    private sealed class Functions(
        delegate* unmanaged<byte*, nuint, byte*, nuint, nuint> decompress,
        delegate* unmanaged<byte*, nuint, ulong> getFrameContentSize,
        delegate* unmanaged<nuint, uint> isError,
        delegate* unmanaged<nuint, byte*> getErrorName)
    {
        private readonly delegate* unmanaged<byte*, nuint, byte*, nuint, nuint> decompressFunction = decompress;
        private readonly delegate* unmanaged<byte*, nuint, ulong> contentSizeFunction = getFrameContentSize;
        private readonly delegate* unmanaged<nuint, uint> isErrorFunction = isError;
        private readonly delegate* unmanaged<nuint, byte*> errorNameFunction = getErrorName;

        public nuint Decompress(byte* destination, nuint capacity, byte* source, nuint length) => decompressFunction(destination, capacity, source, length);

        public ulong GetFrameContentSize(byte* source, nuint length) => contentSizeFunction(source, length);

        public uint IsError(nuint code) => isErrorFunction(code);

        public byte* GetErrorName(nuint code) => errorNameFunction(code);
    }
}
