using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Win32.SafeHandles;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A Parquet file's footer: <c>PAR1</c>, the pages, the Thrift-encoded FileMetaData, its 4-byte
/// little-endian length and <c>PAR1</c> again. Reading it checks both magic numbers and that the
/// metadata fits in the file, resolves the schema, and refuses a footer whose row counts disagree
/// (<see cref="FooterConsistency"/>).
/// </summary>
internal sealed record ParquetFooter(FileMetaData MetaData, ParquetSchema Schema, long FileLength, long MetaDataOffset)
{
    private const int MagicLength = 4;
    private const int TrailerLength = 8;

    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private static ReadOnlySpan<byte> EncryptedMagic => "PARE"u8;

    /// <exception cref="SnapshotReadException">The file is not Parquet, is truncated, encrypted or its footer is corrupt.</exception>
    public static ParquetFooter Read(SafeFileHandle handle, string path)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < MagicLength + TrailerLength)
        {
            throw new SnapshotReadException(path, string.Create(CultureInfo.InvariantCulture, $"is {length} bytes long, too short to be a Parquet file"));
        }

        Span<byte> trailer = stackalloc byte[TrailerLength];
        ReadExactly(handle, path, trailer, length - TrailerLength);
        Span<byte> head = stackalloc byte[MagicLength];
        ReadExactly(handle, path, head, 0);
        if (trailer[MagicLength..].SequenceEqual(EncryptedMagic))
        {
            throw new SnapshotReadException(path, "is an encrypted Parquet file (footer magic PARE); encrypted files are not supported");
        }

        if (!head.SequenceEqual(Magic) || !trailer[MagicLength..].SequenceEqual(Magic))
        {
            throw new SnapshotReadException(path, "is not a Parquet file: it does not start and end with the magic bytes PAR1 (is it truncated?)");
        }

        var metadataLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (metadataLength > length - MagicLength - TrailerLength)
        {
            throw new SnapshotReadException(path, string.Create(CultureInfo.InvariantCulture, $"has a corrupt footer: the metadata length {metadataLength} exceeds the file's {length} bytes"));
        }

        var metadataOffset = length - TrailerLength - metadataLength;
        var bytes = new byte[metadataLength];
        ReadExactly(handle, path, bytes, metadataOffset);
        ParquetFooter footer;
        try
        {
            var reader = new ThriftCompactReader(bytes);
            var metadata = FileMetaData.Read(ref reader);
            if (metadata.HasEncryptionAlgorithm)
            {
                throw new ParquetFormatException("its columns are encrypted (Parquet modular encryption), which is not supported");
            }

            footer = new ParquetFooter(metadata, ParquetSchema.Resolve(metadata.Schema), length, metadataOffset);
        }
        catch (Exception error) when (error is ParquetFormatException or ThriftProtocolException)
        {
            throw new SnapshotReadException(path, "has a corrupt or unsupported footer: " + error.Message, inner: error);
        }

        FooterConsistency.Check(path, footer.MetaData, footer.Schema);
        return footer;
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="fileOffset"/>; a short read means the file changed or is truncated.</summary>
    public static void ReadExactly(SafeFileHandle handle, string path, Span<byte> buffer, long fileOffset)
    {
        try
        {
            while (!buffer.IsEmpty)
            {
                var read = RandomAccess.Read(handle, buffer, fileOffset);
                if (read == 0)
                {
                    throw new SnapshotReadException(path, string.Create(CultureInfo.InvariantCulture, $"ends early: nothing to read at byte {fileOffset}"));
                }

                buffer = buffer[read..];
                fileOffset += read;
            }
        }
        catch (IOException error)
        {
            throw new SnapshotReadException(path, "cannot be read: " + error.Message, inner: error);
        }
    }
}
