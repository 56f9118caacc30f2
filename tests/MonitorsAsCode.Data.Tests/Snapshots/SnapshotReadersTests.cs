using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.JsonLines;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Snapshots;

public sealed class SnapshotReadersTests
{
    [Theory]
    [InlineData(".csv", typeof(CsvSnapshotReader))]
    [InlineData(".CSV", typeof(CsvSnapshotReader))]
    [InlineData(".jsonl", typeof(JsonLinesSnapshotReader))]
    [InlineData(".ndjson", typeof(JsonLinesSnapshotReader))]
    [InlineData(".parquet", typeof(MonitorsAsCode.Data.Parquet.ParquetSnapshotReader))]
    [InlineData(".NdJson", typeof(JsonLinesSnapshotReader))]
    public void Reader_is_chosen_by_extension_in_any_case(string extension, Type expected)
    {
        using var file = TemporaryFile.WithText(extension, string.Empty);

        var reader = SnapshotReaders.Open(file.Path);

        reader.Should().BeOfType(expected);
        reader.Path.Should().Be(file.Path);
    }

    [Fact]
    public void Every_file_a_glob_would_open_is_judged_first_and_a_refused_one_is_not_opened()
    {
        var folder = Directory.CreateTempSubdirectory("mac-open-check-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "part-0.parquet"), "x");
            File.WriteAllText(Path.Combine(folder, "part-1.parquet"), "x");
            var judged = new List<string>();

            var open = () => SnapshotReaders.Open(Path.Combine(folder, "part-*.parquet"), file =>
            {
                judged.Add(Path.GetFileName(file));
                return file.EndsWith("part-1.parquet", StringComparison.Ordinal) ? "is refused here" : null;
            });

            open.Should().Throw<SnapshotReadException>().WithMessage("*part-1.parquet' is refused here; it was not opened*");
            judged.Should().Equal("part-0.parquet", "part-1.parquet");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_named_like_a_glob_is_judged_as_the_file_it_is()
    {
        using var file = TemporaryFile.WithText("*.csv", "a\n1\n");
        var judged = new List<string>();

        SnapshotReaders.Open(file.Path, path =>
        {
            judged.Add(path);
            return null;
        }).Should().BeOfType<CsvSnapshotReader>();

        judged.Should().Equal(file.Path);
    }

    [Fact]
    public void Unknown_extension_names_the_supported_formats()
    {
        using var file = TemporaryFile.WithText(".xyz", "a\n1\n");

        var open = () => SnapshotReaders.Open(file.Path);

        open.Should().Throw<SnapshotReadException>()
            .Which.Message.Should().Be(file.Path + ": unsupported snapshot format '.xyz'; expected .csv, .jsonl, .ndjson or .parquet");
    }

    [Fact]
    public void File_without_extension_is_unsupported()
    {
        using var file = TemporaryFile.WithText(string.Empty, "a\n1\n");

        var open = () => SnapshotReaders.Open(file.Path);

        open.Should().Throw<SnapshotReadException>().Which.Reason.Should().StartWith("unsupported snapshot format (no extension)");
    }

    [Fact]
    public void Missing_file_is_reported_before_its_format()
    {
        using var file = TemporaryFile.Reserve(".csv");

        var open = () => SnapshotReaders.Open(file.Path);

        open.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(file.Path + ": file not found");
    }

    [Fact]
    public void Supported_extensions_are_listed_in_lower_case()
    {
        SnapshotReaders.SupportedExtensions.Should().Equal(".csv", ".jsonl", ".ndjson", ".parquet");
    }
}
