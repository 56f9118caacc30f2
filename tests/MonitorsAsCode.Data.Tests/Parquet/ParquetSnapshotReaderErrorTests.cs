using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Parquet;

public sealed class ParquetSnapshotReaderErrorTests
{
    /// <summary>Fixtures this reader refuses, with the words its message must contain; every other fixture must read.</summary>
    private static readonly Dictionary<string, string[]> Refused = new(StringComparer.Ordinal)
    {
        ["datapage_v1-corrupt-checksum.parquet"] = ["row group 0, page 0 at byte 4", "page checksum mismatch"],
    };

    public static TheoryData<string> AllFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { ParquetFixtures.ParquetTestingFolder, ParquetFixtures.DuckDbFolder })
        {
            foreach (var path in Directory.GetFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Every_fixture_is_read_or_refused_naming_what_is_unsupported(string file)
    {
        var folder = File.Exists(Path.Combine(ParquetFixtures.ParquetTestingFolder, file)) ? ParquetFixtures.ParquetTestingFolder : ParquetFixtures.DuckDbFolder;
        var path = Path.Combine(folder, file);

        var read = () => ParquetFixtures.LoadAll(path);

        if (Refused.TryGetValue(file, out var words))
        {
            var message = read.Should().Throw<SnapshotReadException>().Which.Message;
            message.Should().StartWith(path + ", column '");
            foreach (var word in words)
            {
                message.Should().Contain(word);
            }
        }
        else
        {
            read.Should().NotThrow();
        }
    }

    [Fact]
    public void Checksum_mismatch_names_the_file_column_row_group_and_page()
    {
        var path = ParquetFixtures.ParquetTesting("datapage_v1-corrupt-checksum.parquet");

        var read = () => SnapshotTable.Load(new ParquetSnapshotReader(path), [new("a", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            path + ", column 'a': row group 0, page 0 at byte 4: page checksum mismatch: the header records CRC-32 bbce3b9d but the page's bytes give 0f4f6d0a; the file is corrupt");
    }

    [Fact]
    public void Nested_column_is_refused_by_name_and_listed_with_its_shape()
    {
        var path = ParquetFixtures.ParquetTesting("datapage_v2.snappy.parquet");
        var reader = new ParquetSnapshotReader(path);

        var read = () => reader.ReadBatches([new("a", ColumnKind.String), new("e", ColumnKind.Int64)]);

        reader.ReadSchema().Fields.Select(f => f.Name).Should().Equal("a", "b", "c", "d");
        reader.ReadSchema().NestedFields.Should().Equal(new NestedField("e", "list<int64>"));
        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            path + ", column 'e': is a nested column (list<int64>); nested columns (structs, lists, maps) are not supported: only flat columns are read");
    }

    [Fact]
    public void Missing_column_lists_the_columns_the_file_has()
    {
        var path = ParquetFixtures.ParquetTesting("sort_columns.parquet");

        var read = () => new ParquetSnapshotReader(path).ReadBatches([new("A", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            path + ", column 'A': no such column in the file; did you mean 'a' (names are case-sensitive)? the file has 'a', 'b'");
    }

    [Fact]
    public void File_that_is_not_parquet_says_so()
    {
        using var file = TemporaryFile.WithText(".parquet", "id,name\n1,a\n");

        var read = () => new ParquetSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ": is not a Parquet file: it does not start and end with the magic bytes PAR1 (is it truncated?)");
    }

    [Fact]
    public void Truncated_file_is_reported_with_its_path()
    {
        var bytes = File.ReadAllBytes(ParquetFixtures.DuckDb("reference_2k.parquet"));
        using var file = TemporaryFile.WithBytes(".parquet", bytes[..(bytes.Length / 2)]);

        var read = () => new ParquetSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().StartWith(file.Path + ": is not a Parquet file");
    }

    [Fact]
    public void Empty_file_is_too_short()
    {
        using var file = TemporaryFile.WithBytes(".parquet", []);

        var read = () => new ParquetSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(file.Path + ": is 0 bytes long, too short to be a Parquet file");
    }

    [Fact]
    public void Missing_file_is_not_found()
    {
        using var file = TemporaryFile.Reserve(".parquet");

        var read = () => new ParquetSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(file.Path + ": file not found");
    }

    [Fact]
    public void Encrypted_footer_is_refused()
    {
        var bytes = File.ReadAllBytes(ParquetFixtures.ParquetTesting("sort_columns.parquet"));
        "PARE"u8.CopyTo(bytes.AsSpan(bytes.Length - 4));
        using var file = TemporaryFile.WithBytes(".parquet", bytes);

        var read = () => new ParquetSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Contain("encrypted Parquet file");
    }

    [Fact]
    public void Page_with_more_values_than_its_column_chunk_is_corrupt()
    {
        var builder = new ParquetFileBuilder().Column("n", 1, ParquetFileBuilder.Plain(1, 2), 2, numValuesOverride: 3);
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());

        var read = () => SnapshotTable.Load(new ParquetSnapshotReader(file.Path), [new("n", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().EndWith("the page declares 3 values but only 2 of the column chunk's 2 remain");
    }

    [Fact]
    public void Dictionary_encoded_page_without_a_dictionary_is_corrupt()
    {
        var builder = new ParquetFileBuilder().Column("n", 1, [1, 0x04, 0x00], 2, encoding: 8);
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());

        var read = () => SnapshotTable.Load(new ParquetSnapshotReader(file.Path), [new("n", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().EndWith("a dictionary-encoded page comes without a dictionary page");
    }

    [Fact]
    public void Page_too_short_for_its_values_is_corrupt()
    {
        var builder = new ParquetFileBuilder().Column("n", 2, ParquetFileBuilder.Plain(1L), 2);
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());

        var read = () => SnapshotTable.Load(new ParquetSnapshotReader(file.Path), [new("n", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().EndWith("PLAIN data of 8 bytes is too short for 2 values");
    }
}
