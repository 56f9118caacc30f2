using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.JsonLines;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.JsonLines;

[UseCulture("de-DE")]
public sealed class JsonLinesSnapshotReaderErrorTests
{
    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        using var file = TemporaryFile.Reserve(".jsonl");

        var read = () => new JsonLinesSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(file.Path + ": file not found");
    }

    [Fact]
    public void Invalid_json_is_reported_with_row_and_line()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1}\n\n{\"a\":2,}\n{\"a\":3}\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Row.Should().Be(2);
        error.Line.Should().Be(3);
        error.Message.Should().StartWith(file.Path + ", row 2 (line 3): the line is not valid JSON").And.NotContain("LineNumber").And.NotContain("truncated");
    }

    [Fact]
    public void Cut_short_last_line_is_reported_as_truncation()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1}\n{\"a\":2}\n{\"a\":3,\"b\":\"par");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Contain(file.Path).And.Contain("row 3 (line 3)").And.Contain("truncated");
    }

    [Theory]
    [InlineData("[1,2]", "a JSON array")]
    [InlineData("42", "a JSON number")]
    [InlineData("\"text\"", "a JSON string")]
    [InlineData("null", "JSON null")]
    public void Line_that_is_not_an_object_is_reported(string line, string what)
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1}\n" + line + "\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Be(file.Path + ", row 2 (line 2): the line is " + what + ", not a JSON object; each line of a JSON Lines snapshot holds one object");
    }

    [Fact]
    public void Two_values_on_one_line_are_reported()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1} {\"a\":2}\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Contain("row 1 (line 1)").And.Contain("not valid JSON");
    }

    [Theory]
    [InlineData("{\"x\":1}", "a nested JSON object")]
    [InlineData("[1,2]", "a JSON array")]
    public void Nested_value_in_a_requested_column_is_reported_with_line_and_key(string value, string what)
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1}\n{\"a\":" + value + "}\n");

        var error = Read(file.Path, ("a", ColumnKind.String));

        error.ColumnName.Should().Be("a");
        error.Message.Should().StartWith(file.Path + ", row 2 (line 2), column 'a': the value is " + what);
    }

    [Theory]
    [InlineData("1.5", ColumnKind.Int64, "1.5")]
    [InlineData("1e30", ColumnKind.Int64, "1e30")]
    [InlineData("1", ColumnKind.Bool, "1")]
    [InlineData("1700000000", ColumnKind.Timestamp, "1700000000")]
    [InlineData("true", ColumnKind.Double, "true")]
    [InlineData("\"abc\"", ColumnKind.Double, "abc")]
    [InlineData("\"1,5\"", ColumnKind.Double, "1,5")]
    [InlineData("\"2026-11-14T08:30\"", ColumnKind.Date, "2026-11-14T08:30")]
    [InlineData("\"14.11.2026\"", ColumnKind.Timestamp, "14.11.2026")]
    public void Value_that_does_not_cast_is_reported_with_row_key_and_value(string json, ColumnKind kind, string value)
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"v\":null}\n\n{\"id\":2,\"v\":" + json + "}\n");

        var error = Read(file.Path, ("v", kind));

        error.Row.Should().Be(2);
        error.Line.Should().Be(3);
        error.ColumnName.Should().Be("v");
        error.Value.Should().Be(value);
        error.Message.Should().StartWith(file.Path + ", row 2 (line 3), column 'v': ").And.Contain("read as " + kind.ToString().ToLowerInvariant()).And.EndWith("(value '" + value + "')");
    }

    [Fact]
    public void Key_that_no_line_has_lists_the_keys()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"score\":1}\n{\"label\":\"a\"}\n");

        var read = () => new JsonLinesSnapshotReader(file.Path).ReadBatches([new ColumnRequest("prediction", ColumnKind.Double)]);

        var error = read.Should().Throw<SnapshotReadException>().Which;
        error.ColumnName.Should().Be("prediction");
        error.Message.Should().Contain(file.Path).And.Contain("no line of the file has this key").And.Contain("'score', 'label'");
    }

    [Fact]
    public void Requested_key_twice_in_one_object_is_reported()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1,\"a\":2}\n");

        var error = Read(file.Path, ("a", ColumnKind.Int64));

        error.Message.Should().Contain("row 1 (line 1), column 'a'").And.Contain("more than once");
    }

    [Fact]
    public void Invalid_utf8_in_a_value_is_reported_with_row_line_and_byte()
    {
        using var file = TemporaryFile.WithBytes(".jsonl", [.. "{\"a\":\"ok\"}\n\n{\"a\":\"x"u8, 0xFF, 0xFE, .. "\"}\n"u8]);

        var error = Read(file.Path, ("a", ColumnKind.String));

        error.Message.Should().Be(file.Path + ", row 2 (line 3): the line is not valid UTF-8: byte 0xFF at byte 8 of the line cannot start or continue a character; JSON Lines snapshots are UTF-8");
    }

    [Fact]
    public void Invalid_utf8_in_a_key_is_reported_while_reading_the_keys()
    {
        using var file = TemporaryFile.WithBytes(".jsonl", [.. "{\""u8, 0xC3, 0x28, .. "\":1}\n"u8]);

        var read = () => new JsonLinesSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ", row 1 (line 1): the line is not valid UTF-8: byte 0xC3 at byte 3 of the line cannot start or continue a character; JSON Lines snapshots are UTF-8");
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_a_value_is_reported_with_its_column()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":\"ok\"}\n{\"a\":\"\\ud800\"}\n");

        var error = Read(file.Path, ("a", ColumnKind.String));

        error.Message.Should().Be(file.Path + ", row 2 (line 2), column 'a': a string holds an escaped lone surrogate such as \\ud800 (half of a UTF-16 pair), which is not text");
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_a_key_is_reported()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"\\udc00x\":1}\n");

        var read = () => new JsonLinesSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ", row 1 (line 1): a key holds an escaped lone surrogate such as \\ud800 (half of a UTF-16 pair), which is not text");
    }

    [Fact]
    public void More_keys_than_the_column_limit_are_reported_at_the_line_that_adds_one_too_many()
    {
        var keys = Enumerable.Range(0, SnapshotLimits.MaxColumns).Select(i => "\"k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\":1");
        using var file = TemporaryFile.WithText(".jsonl", "{" + string.Join(",", keys) + "}\n{\"k0\":2}\n{\"one-too-many\":3}\n");

        var read = () => new JsonLinesSnapshotReader(file.Path).ReadSchema();

        read.Should().Throw<SnapshotReadException>().Which.Message.Should().Be(
            file.Path + ", row 3 (line 3), column 'one-too-many': the lines have more than 16384 different keys, the most a JSON Lines snapshot may have as columns");
    }

    private static SnapshotReadException Read(string path, params (string Name, ColumnKind Kind)[] columns)
    {
        var requests = new ColumnRequest[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            requests[i] = new ColumnRequest(columns[i].Name, columns[i].Kind);
        }

        var read = () => SnapshotTable.Load(new JsonLinesSnapshotReader(path), requests);
        return read.Should().Throw<SnapshotReadException>().Which;
    }
}
