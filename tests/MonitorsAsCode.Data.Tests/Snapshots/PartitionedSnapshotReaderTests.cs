using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.Parquet;

namespace MonitorsAsCode.Data.Tests.Snapshots;

/// <summary>Folders and globs of Parquet files read as one snapshot, on copies of the DuckDB-written fixtures.</summary>
public sealed class PartitionedSnapshotReaderTests : IDisposable
{
    private const int FixtureRows = 2_000;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mac-partitioned-tests-" + Guid.NewGuid().ToString("N"));

    public PartitionedSnapshotReaderTests()
    {
        Directory.CreateDirectory(folder);
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Folder_reads_every_parquet_file_in_ordinal_order()
    {
        // Ordinal order puts "part-B" before "part-a"; the reference part comes first.
        Copy("reference_2k.parquet", "part-B.parquet");
        Copy("current_2k.parquet", "part-a.parquet");
        File.WriteAllText(Path.Combine(folder, "_SUCCESS"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "notes.csv"), "a\n1\n");
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        Copy("reference_2k.parquet", Path.Combine("nested", "part-c.parquet"));

        var reader = SnapshotReaders.Open(folder);

        var partitioned = reader.Should().BeOfType<PartitionedSnapshotReader>().Subject;
        partitioned.Path.Should().Be(folder);
        partitioned.Parts.Should().Equal(Path.Combine(folder, "part-B.parquet"), Path.Combine(folder, "part-a.parquet"));
        var table = LoadScore(reader);
        var expected = Score(ParquetFixtures.DuckDb("reference_2k.parquet")).Concat(Score(ParquetFixtures.DuckDb("current_2k.parquet"))).ToArray();
        table.RowCount.Should().Be(2 * FixtureRows);
        table.Path.Should().Be(folder);
        ((DoubleColumn)table["score"]).Values.Should().Equal(expected);
        ((Int64Column)table["id"]).Values.Take(3).Should().Equal(((Int64Column)ParquetFixtures.LoadAll(ParquetFixtures.DuckDb("reference_2k.parquet"))["id"]).Values.Take(3));
    }

    [Fact]
    public void Schema_is_the_first_parts()
    {
        Copy("current_2k.parquet", "a.parquet");
        Copy("current_2k_zstd.parquet", "b.parquet");

        var schema = SnapshotReaders.Open(folder).ReadSchema();

        schema.Should().BeEquivalentTo(new MonitorsAsCode.Data.Parquet.ParquetSnapshotReader(ParquetFixtures.DuckDb("current_2k.parquet")).ReadSchema());
    }

    [Fact]
    public void Glob_reads_only_the_matching_files()
    {
        Copy("current_2k.parquet", "part-0.parquet");
        Copy("current_2k_zstd.parquet", "part-1.parquet");
        Copy("reference_2k.parquet", "other-0.parquet");
        Copy("reference_2k.parquet", "part-2.csv.bak");

        var reader = SnapshotReaders.Open(Path.Combine(folder, "part-?.*"));

        ((PartitionedSnapshotReader)reader).Parts.Should().Equal(Path.Combine(folder, "part-0.parquet"), Path.Combine(folder, "part-1.parquet"));
        var table = LoadScore(reader);
        var single = Score(ParquetFixtures.DuckDb("current_2k.parquet"));
        table.RowCount.Should().Be(2 * FixtureRows);
        ((DoubleColumn)table["score"]).Values.Should().Equal(single.Concat(single));
    }

    [Fact]
    public void Glob_with_star_matches_the_file_name_part()
    {
        Copy("reference_2k.parquet", "part-0001.parquet");
        Copy("reference_2k.parquet", "part-0002.parquet");

        var table = LoadScore(SnapshotReaders.Open(Path.Combine(folder, "part-*.parquet")));

        table.RowCount.Should().Be(2 * FixtureRows);
    }

    [Fact]
    public void Progress_runs_across_parts_to_one()
    {
        Copy("reference_2k.parquet", "a.parquet");
        Copy("reference_2k.parquet", "b.parquet");
        var progress = new RecordingProgress();

        SnapshotTable.Load(SnapshotReaders.Open(folder), [new ColumnRequest("id", ColumnKind.Int64)], progress);

        progress.Values.Should().BeInAscendingOrder();
        progress.Values.Should().Contain(v => v > 0.4 && v < 0.6, "the first of two equal parts is half the snapshot");
        progress.Values[^1].Should().Be(1);
    }

    [Fact]
    public void Part_with_other_columns_is_named_with_the_column()
    {
        Copy("reference_2k.parquet", "a.parquet");
        var other = Path.Combine(folder, "b.parquet");
        File.Copy(ParquetFixtures.ParquetTesting("alltypes_plain.parquet"), other);

        var read = () => LoadScore(SnapshotReaders.Open(folder));

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.FilePath.Should().Be(other);
        error.ColumnName.Should().Be("ts", "it is the first column of the first part that the other part lacks ('id' is there, as Int64)");
        error.Message.Should().StartWith(other + ", column 'ts': is missing from this part");
    }

    [Fact]
    public void Part_with_a_column_missing_is_named_with_the_column()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.parquet"), new ParquetFileBuilder()
            .Column("x", 2, ParquetFileBuilder.Plain(1L, 2L), 2)
            .Column("y", 2, ParquetFileBuilder.Plain(3L, 4L), 2)
            .Build());
        var second = Path.Combine(folder, "b.parquet");
        File.WriteAllBytes(second, new ParquetFileBuilder().Column("x", 2, ParquetFileBuilder.Plain(5L), 1).Build());

        var read = () => SnapshotReaders.Open(folder).ReadBatches([new ColumnRequest("x", ColumnKind.Int64)]);

        read.Should().Throw<SnapshotReadException>()
            .Which.Message.Should().StartWith(second + ", column 'y': is missing from this part");
    }

    [Fact]
    public void Part_with_a_column_of_another_kind_is_named_with_the_column()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.parquet"), new ParquetFileBuilder().Column("x", 2, ParquetFileBuilder.Plain(1L, 2L), 2).Build());
        var second = Path.Combine(folder, "b.parquet");
        File.WriteAllBytes(second, new ParquetFileBuilder().Column("x", 5, ParquetFileBuilder.Plain(1.5), 1).Build());

        var read = () => SnapshotReaders.Open(folder).ReadBatches([new ColumnRequest("x", ColumnKind.Int64)]);

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.FilePath.Should().Be(second);
        error.ColumnName.Should().Be("x");
        error.Reason.Should().Be("is Double in this part but Int64 in the first part of the snapshot; every part must have the same column kinds");
    }

    [Fact]
    public void Parts_with_the_same_columns_read_like_one_file()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.parquet"), new ParquetFileBuilder().Column("x", 2, ParquetFileBuilder.Plain(1L, 2L), 2).Build());
        File.WriteAllBytes(Path.Combine(folder, "b.parquet"), new ParquetFileBuilder().Column("x", 2, ParquetFileBuilder.Plain(3L), 1).Build());

        var table = SnapshotTable.Load(SnapshotReaders.Open(folder), [new ColumnRequest("x", ColumnKind.Int64)]);

        ((Int64Column)table["x"]).Values.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Folder_without_parquet_files_is_an_error()
    {
        File.WriteAllText(Path.Combine(folder, "a.csv"), "a\n1\n");

        var open = () => SnapshotReaders.Open(folder);

        open.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(folder + ": no .parquet files match '" + folder + "'");
    }

    [Fact]
    public void Glob_without_matches_is_an_error()
    {
        Copy("reference_2k.parquet", "a.parquet");
        var glob = Path.Combine(folder, "part-*.parquet");

        var open = () => SnapshotReaders.Open(glob);

        open.Should().Throw<SnapshotReadException>().Which.Reason.Should().Be("no .parquet files match '" + glob + "'");
    }

    [Fact]
    public void Glob_in_a_missing_folder_is_an_error()
    {
        var glob = Path.Combine(folder, "missing", "*.parquet");

        var open = () => SnapshotReaders.Open(glob);

        open.Should().Throw<SnapshotReadException>().Which.Reason.Should().Be("no .parquet files match '" + glob + "'");
    }

    [Fact]
    public void Single_file_is_still_read_by_its_own_reader()
    {
        var file = Copy("reference_2k.parquet", "a.parquet");

        SnapshotReaders.Open(file).Should().BeOfType<MonitorsAsCode.Data.Parquet.ParquetSnapshotReader>();
    }

    private static SnapshotTable LoadScore(ISnapshotReader reader) =>
        SnapshotTable.Load(reader, [new ColumnRequest("id", ColumnKind.Int64), new ColumnRequest("score", ColumnKind.Double)]);

    private static double[] Score(string file) =>
        ((DoubleColumn)LoadScore(new MonitorsAsCode.Data.Parquet.ParquetSnapshotReader(file))["score"]).Values;

    private string Copy(string fixture, string name)
    {
        var target = Path.Combine(folder, name);
        File.Copy(ParquetFixtures.DuckDb(fixture), target);
        return target;
    }
}
