using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Csv;

[UseCulture("de-DE")]
public sealed class CsvSnapshotReaderErrorTests
{
    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        using var file = TemporaryFile.Reserve(".csv");

        var error = Read(file.Path, ("a", ColumnKind.Double));

        error.FilePath.Should().Be(file.Path);
        error.Message.Should().Be(file.Path + ": file not found");
    }

    [Fact]
    public void Empty_file_is_reported_as_having_no_header()
    {
        using var file = TemporaryFile.WithText(".csv", string.Empty);

        var read = () => new CsvSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>()
            .Which.Message.Should().StartWith(file.Path + ": ").And.Contain("empty").And.Contain("header");
    }

    [Fact]
    public void Duplicate_header_name_is_reported_with_both_positions()
    {
        using var file = TemporaryFile.WithText(".csv", "a,b,a\n1,2,3\n");

        var read = () => new CsvSnapshotReader(file.Path).ReadSchema();

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.ColumnName.Should().Be("a");
        error.Message.Should().Contain(file.Path).And.Contain("column 'a'").And.Contain("twice").And.Contain("fields 1 and 3");
    }

    [Fact]
    public void Requested_column_missing_from_the_header_lists_the_header_when_batches_are_requested()
    {
        using var file = TemporaryFile.WithText(".csv", "score,label,ts\n1,a,2026-01-01\n");

        var read = () => new CsvSnapshotReader(file.Path).ReadBatches([new ColumnRequest("prediction", ColumnKind.Double)]);

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.ColumnName.Should().Be("prediction");
        error.Message.Should().Contain(file.Path).And.Contain("column 'prediction'").And.Contain("'score', 'label', 'ts'");
    }

    [Fact]
    public void Requested_column_that_differs_only_in_case_is_pointed_out()
    {
        using var file = TemporaryFile.WithText(".csv", "Score\n1\n");

        var error = Read(file.Path, ("score", ColumnKind.Double));

        error.Message.Should().Contain("did you mean 'Score'");
    }

    [Fact]
    public void Row_with_fewer_fields_than_the_header_is_reported_as_possibly_truncated()
    {
        using var file = TemporaryFile.WithText(".csv", "a,b,c\n1,2,3\n4,5,6\n7,8");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Row.Should().Be(3);
        error.Line.Should().Be(4);
        error.Message.Should().Be(file.Path + ", row 3 (line 4): the row has 2 fields but the header has 3 — is the file truncated, or a line break inside a value missing its quotes?");
    }

    [Fact]
    public void Row_with_more_fields_than_the_header_suggests_an_unquoted_comma()
    {
        using var file = TemporaryFile.WithText(".csv", "a,b\n1,2\n3,4,5\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Contain(file.Path).And.Contain("row 2 (line 3)").And.Contain("3 fields").And.Contain("header has 2").And.Contain("comma");
    }

    [Fact]
    public void Row_and_line_differ_after_a_quoted_line_break_and_both_are_reported()
    {
        using var file = TemporaryFile.WithText(".csv", "id,note\n1,\"two\nlines\"\n2,ok\n3\n");

        var error = Read(file.Path, ("id", ColumnKind.Int64));

        error.Row.Should().Be(3);
        error.Line.Should().Be(5);
        error.Message.Should().Contain("row 3 (line 5)");
    }

    [Fact]
    public void Quoted_field_left_open_at_the_end_of_the_file_is_reported_as_truncation()
    {
        using var file = TemporaryFile.WithText(".csv", "id,note\n1,fine\n2,\"never\nclosed\n3,more\n");

        var error = Read(file.Path, ("id", ColumnKind.Int64));

        error.Row.Should().Be(2);
        error.ColumnName.Should().Be("note");
        error.Message.Should().Contain(file.Path).And.Contain("row 2 (line 3)").And.Contain("column 'note'")
            .And.Contain("ends inside a quoted field").And.Contain("truncated");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_with_its_column()
    {
        using var file = TemporaryFile.WithText(".csv", "a,b\n1,\"x\"y\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Contain("row 1 (line 2)").And.Contain("column 'b'").And.Contain("closing quote");
    }

    [Theory]
    [InlineData(ColumnKind.Double, "1,5")]
    [InlineData(ColumnKind.Double, "abc")]
    [InlineData(ColumnKind.Int64, "1.5")]
    [InlineData(ColumnKind.Int64, "1e3")]
    [InlineData(ColumnKind.Int64, "9223372036854775808")]
    [InlineData(ColumnKind.Bool, "yes")]
    [InlineData(ColumnKind.Timestamp, "14/11/2026 08:30")]
    [InlineData(ColumnKind.Timestamp, "2026-11-14T25:00:00Z")]
    [InlineData(ColumnKind.Timestamp, "2026-11-14T08:30:00+2")]
    [InlineData(ColumnKind.Date, "2026-02-30")]
    [InlineData(ColumnKind.Date, "2026-11-14T00:00:00Z")]
    public void Value_that_does_not_cast_is_reported_with_row_column_and_value(ColumnKind kind, string value)
    {
        using var file = TemporaryFile.WithText(".csv", "id,v\n1,\n2,\"" + value + "\"\n");

        var error = Read(file.Path, ("v", kind));

        error.Row.Should().Be(2);
        error.Line.Should().Be(3);
        error.ColumnName.Should().Be("v");
        error.Value.Should().Be(value);
        error.Message.Should().StartWith(file.Path + ", row 2 (line 3), column 'v': cannot be read as " + kind.ToString().ToLowerInvariant())
            .And.EndWith("(value '" + value + "')");
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_even_far_into_the_file()
    {
        // Far past the first 64 KiB read, so the line cannot come from where a buffer happened to start.
        var rows = string.Concat(Enumerable.Repeat("1,text\n", 20_000));
        using var file = TemporaryFile.WithBytes(".csv", [.. Encoding.UTF8.GetBytes("a,b\n" + rows), .. "2,x"u8, 0xFF, .. "\n3,y\n"u8]);

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Line.Should().Be(20_002);
        error.Message.Should().Be(file.Path + ", line 20002: the text is not valid UTF-8; CSV snapshots are UTF-8 (with or without a byte order mark)");
    }

    [Fact]
    public void Invalid_utf8_in_the_header_is_reported_when_the_schema_is_read()
    {
        using var file = TemporaryFile.WithBytes(".csv", [.. "a,"u8, 0xC0, 0xAF, .. "\n1,2\n"u8]);

        var read = () => new CsvSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ", line 1: the text is not valid UTF-8; CSV snapshots are UTF-8 (with or without a byte order mark)");
    }

    [Fact]
    public void A_header_of_more_columns_than_the_limit_is_refused()
    {
        using var file = TemporaryFile.WithText(".csv", new string(',', 250_000) + "\n");

        var read = () => new CsvSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ", line 1: the header has more than 16384 fields, the most a CSV snapshot may have as columns — is it a CSV file at all?");
    }

    [Fact]
    public void A_header_of_as_many_columns_as_the_limit_is_read()
    {
        var names = Enumerable.Range(0, SnapshotLimits.MaxColumns).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var file = TemporaryFile.WithText(".csv", string.Join(",", names) + "\n");

        new CsvSnapshotReader(file.Path).ReadSchema().Fields.Should().HaveCount(SnapshotLimits.MaxColumns);
    }

    [Fact]
    public void A_long_value_that_does_not_cast_is_quoted_shortened()
    {
        var value = new string('x', 100_000);
        using var file = TemporaryFile.WithText(".csv", "v\n" + value + "\n");

        var error = Read(file.Path, ("v", ColumnKind.Double));

        error.Value.Should().Be(value);
        error.Message.Should().EndWith("(value '" + new string('x', 200) + "… (99800 more characters)')");
    }

    private static SnapshotReadException Read(string path, params (string Name, ColumnKind Kind)[] columns)
    {
        var requests = new ColumnRequest[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            requests[i] = new ColumnRequest(columns[i].Name, columns[i].Kind);
        }

        var read = () => SnapshotTable.Load(new CsvSnapshotReader(path), requests);
        return read.Should().Throw<SnapshotReadException>().Which;
    }
}
