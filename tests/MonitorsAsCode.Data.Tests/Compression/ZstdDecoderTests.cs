using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Compression;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Parquet;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>
/// Zstandard frames written by hand from RFC 8878: magic 28 B5 2F FD, a frame header descriptor of
/// 0x20 (single segment, 1-byte content size), the content size, then blocks with a 3-byte
/// little-endian header (last flag, type 0 raw or 1 RLE, size &lt;&lt; 3). Decoded by the managed port, so
/// no native library is involved.
/// </summary>
public sealed class ZstdDecoderTests
{
    private static readonly byte[] RawHello = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x05, 0x29, 0x00, 0x00, .. "hello"u8];

    [Fact]
    public void Raw_block_frame_decompresses()
    {
        var output = new byte[5];

        ZstdDecoder.Decompress(RawHello, output);

        Encoding.ASCII.GetString(output).Should().Be("hello");
    }

    [Fact]
    public void Rle_block_and_concatenated_frames_decompress()
    {
        byte[] rle = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x0A, 0x53, 0x00, 0x00, (byte)'a'];
        var output = new byte[15];

        ZstdDecoder.Decompress([.. rle, .. RawHello], output);

        Encoding.ASCII.GetString(output).Should().Be("aaaaaaaaaahello");
    }

    [Fact]
    public void Empty_frame_decompresses_to_nothing()
    {
        var decompress = () => ZstdDecoder.Decompress([0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x00, 0x01, 0x00, 0x00], []);

        decompress.Should().NotThrow();
    }

    [Fact]
    public void Frame_larger_than_declared_is_refused_before_decompressing()
    {
        var check = () => ZstdDecoder.CheckDeclaredSize(RawHello, 4);

        check.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("does not match the 4 bytes");
    }

    [Fact]
    public void Frame_smaller_than_the_destination_is_refused()
    {
        var decompress = () => ZstdDecoder.Decompress(RawHello, new byte[6]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Be("ZSTD data produced 5 of 6 bytes");
    }

    [Fact]
    public void Corrupt_frame_reports_the_decoder_error()
    {
        byte[] corrupt = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x05, 0x29, 0x00, 0x00, .. "hel"u8];

        var decompress = () => ZstdDecoder.Decompress(corrupt, new byte[5]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("ZSTD data is corrupt: ").And.NotEndWith(": ");
    }

    [Fact]
    public void Bytes_that_are_not_a_frame_are_invalid_data()
    {
        var decompress = () => ZstdDecoder.Decompress("not zstd at all"u8, new byte[5]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("valid frame");
    }

    [Fact]
    public void Corrupt_zstd_page_in_a_file_names_the_file_and_column()
    {
        var bytes = File.ReadAllBytes(ParquetFixtures.DuckDb("current_2k_zstd.parquet"));
        using var file = TemporaryFile.WithBytes(".parquet", bytes);
        var pageData = FirstPageDataOffset(file.Path, "num_0");
        bytes.AsSpan(pageData, 4).Clear();
        File.WriteAllBytes(file.Path, bytes);
        var reader = new ParquetSnapshotReader(file.Path);
        ColumnRequest[] requests = [new("num_0", ColumnKind.Double)];

        Action read = () => SnapshotTable.Load(reader, requests);
        Action scan = () => reader.Scan(requests, [new Scanning.RecordingAccumulator()]);

        foreach (var attempt in new[] { read, scan })
        {
            var error = attempt.Should().Throw<SnapshotReadException>().Which;
            error.FilePath.Should().Be(file.Path);
            error.ColumnName.Should().Be("num_0");
            error.Message.Should().Contain("row group 0").And.Contain("ZSTD data does not start with a valid frame");
        }
    }

    /// <summary>Where the compressed bytes of the first page of <paramref name="column"/> start.</summary>
    private static int FirstPageDataOffset(string path, string column)
    {
        using var handle = File.OpenHandle(path);
        var metadata = ParquetFooter.Read(handle, path).MetaData.RowGroups[0].Columns
            .Select(c => c.MetaData ?? throw new InvalidDataException("a column chunk without metadata"))
            .Single(m => m.PathInSchema[0] == column);
        metadata.Codec.Should().Be(CompressionCodec.Zstd);
        var start = (int)(metadata.DictionaryPageOffset ?? metadata.DataPageOffset);
        var bytes = File.ReadAllBytes(path);
        var reader = new ThriftCompactReader(bytes.AsSpan(start));
        PageHeader.Read(ref reader);
        return start + reader.Position;
    }
}
