using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MonitorsAsCode.Definitions.Files;

/// <summary>Tells the <see cref="FileKind"/> of a path without opening it (opening a FIFO blocks until a writer comes).</summary>
public static class FileKinds
{
    // stat(2) file-type bits, the same on Linux and macOS.
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    // statx(2): AT_FDCWD, and STATX_TYPE; the result's layout is the same on every Linux architecture.
    private const int CurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 0x1C;
    private const int MacStatModeOffset = 4;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        // .NET does not say whether an existing non-directory is a regular file, so ask the kernel; Windows has no
        // FIFOs or devices among paths that File.Exists accepts.
        var mode = ModeOf(path);
        if (mode is null)
        {
            return OperatingSystem.IsWindows() ? FileKind.Regular : FileKind.Missing;
        }

        return (mode.Value & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    private static int? ModeOf(string path)
    {
        var buffer = new byte[256];
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return Native.Statx(CurrentDirectory, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, StatxModeOffset) : null;
            }

            if (OperatingSystem.IsMacOS())
            {
                // The 64-bit-inode stat, whose st_mode follows a 4-byte st_dev; on Intel it has its own symbol name.
                var found = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? Native.Stat64(path, buffer) : Native.Stat(path, buffer);
                return found == 0 ? BitConverter.ToUInt16(buffer, MacStatModeOffset) : null;
            }
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx (musl before 1.2.5): nothing can be told, so nothing is read.
        }

        return null;
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] result);

        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] result);

        [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
        public static extern int Stat64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] result);
    }
}
