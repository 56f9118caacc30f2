using System.Text;
using MonitorsAsCode.Data.Compression;

namespace MonitorsAsCode.Data.Tests.Compression;

/// <summary>
/// Zstandard frames written by hand from RFC 8878: magic 28 B5 2F FD, a frame header descriptor of
/// 0x20 (single segment, 1-byte content size), the content size, then blocks with a 3-byte
/// little-endian header (last flag, type 0 raw or 1 RLE, size &lt;&lt; 3). Needs libzstd, as the reader does.
/// </summary>
public sealed class ZstdLibraryTests
{
    private static readonly byte[] RawHello = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x05, 0x29, 0x00, 0x00, .. "hello"u8];

    [Fact]
    public void The_system_library_is_found()
    {
        ZstdLibrary.System.IsAvailable.Should().BeTrue("libzstd.so.1 is installed on the machines this project builds on");
    }

    [Fact]
    public void Raw_block_frame_decompresses()
    {
        var output = new byte[5];

        ZstdLibrary.System.Decompress(RawHello, output);

        Encoding.ASCII.GetString(output).Should().Be("hello");
    }

    [Fact]
    public void Rle_block_and_concatenated_frames_decompress()
    {
        byte[] rle = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x0A, 0x53, 0x00, 0x00, (byte)'a'];
        var output = new byte[15];

        ZstdLibrary.System.Decompress([.. rle, .. RawHello], output);

        Encoding.ASCII.GetString(output).Should().Be("aaaaaaaaaahello");
    }

    [Fact]
    public void Empty_frame_decompresses_to_nothing()
    {
        ZstdLibrary.System.Decompress([0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x00, 0x01, 0x00, 0x00], []);
    }

    [Fact]
    public void Frame_larger_than_declared_is_refused_before_decompressing()
    {
        var check = () => ZstdLibrary.System.CheckDeclaredSize(RawHello, 4);

        check.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("does not match the 4 bytes");
    }

    [Fact]
    public void Corrupt_frame_reports_the_library_error()
    {
        byte[] corrupt = [0x28, 0xB5, 0x2F, 0xFD, 0x20, 0x05, 0x29, 0x00, 0x00, .. "hel"u8];

        var decompress = () => ZstdLibrary.System.Decompress(corrupt, new byte[5]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("ZSTD data is corrupt: ");
    }

    [Fact]
    public void Bytes_that_are_not_a_frame_are_invalid_data()
    {
        var decompress = () => ZstdLibrary.System.Decompress("not zstd at all"u8, new byte[5]);

        decompress.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("valid frame");
    }

    [Fact]
    public void A_missing_library_is_reported_with_its_name_and_how_to_install_it()
    {
        var absent = new ZstdLibrary(["libzstd-absent-for-this-test.so.9"]);

        var decompress = () => absent.Decompress(RawHello, new byte[5]);

        absent.IsAvailable.Should().BeFalse();
        decompress.Should().Throw<NotSupportedException>().Which.Message.Should()
            .Be("ZSTD-compressed pages need the Zstandard library (libzstd-absent-for-this-test.so.9), which is not installed; install it (for example `apt-get install libzstd1`) and retry");
    }

    [Fact]
    public void A_missing_library_does_not_stop_the_size_check_from_letting_the_read_fail_with_the_message()
    {
        var absent = new ZstdLibrary(["libzstd-absent-for-this-test.so.9"]);

        var check = () => absent.CheckDeclaredSize(RawHello, 5);

        check.Should().NotThrow("without the library there is nothing to check; Decompress then says what is missing");
    }

    [Fact]
    public void Reading_a_zstd_file_without_the_library_names_the_file_column_and_library()
    {
        var path = Parquet.ParquetFixtures.DuckDb("current_2k_zstd.parquet");
        var reader = new MonitorsAsCode.Data.Parquet.ParquetSnapshotReader(path) { Zstd = new ZstdLibrary(["libzstd-absent-for-this-test.so.9"]) };

        Action read = () => MonitorsAsCode.Data.Snapshots.SnapshotTable.Load(reader, [new MonitorsAsCode.Data.Snapshots.ColumnRequest("num_0", MonitorsAsCode.Data.Columns.ColumnKind.Double)]);
        Action scan = () => reader.Scan([new MonitorsAsCode.Data.Snapshots.ColumnRequest("num_0", MonitorsAsCode.Data.Columns.ColumnKind.Double)], [new Scanning.RecordingAccumulator()]);

        foreach (var attempt in new[] { read, scan })
        {
            var error = attempt.Should().Throw<MonitorsAsCode.Data.Snapshots.SnapshotReadException>().Which;
            error.FilePath.Should().Be(path);
            error.ColumnName.Should().Be("num_0");
            error.Message.Should().Contain("row group 0").And.Contain("libzstd-absent-for-this-test.so.9").And.Contain("is not installed");
        }
    }
}
