using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.JsonLines;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Snapshots;

namespace MonitorsAsCode.Data.Tests.JsonLines;

[UseCulture("de-DE")]
public sealed class JsonLinesSnapshotReaderTests
{
    [Fact]
    public void Schema_is_every_key_in_order_of_first_appearance()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"b\":1,\"a\":2}\n{\"c\":3,\"a\":4}\n{\"d\":{\"nested\":true}}\n");

        var schema = new JsonLinesSnapshotReader(file.Path).ReadSchema();

        schema.Fields.Should().Equal(new SnapshotField("b", null), new SnapshotField("a", null), new SnapshotField("c", null), new SnapshotField("d", null));
    }

    [Fact]
    public void Every_kind_is_cast_from_its_json_value()
    {
        var table = Load(
            "{\"d\":2.5,\"i\":42,\"b\":true,\"s\":\"hello\",\"t\":\"2026-11-14T10:30:00.25+02:00\",\"day\":\"2026-11-14\"}\n"
                + "{\"d\":-1,\"i\":-7,\"b\":false,\"s\":\"w\\u00f6rld \\\"q\\\"\",\"t\":\"2026-11-14\",\"day\":\"1969-12-31\"}\n",
            ("d", ColumnKind.Double),
            ("i", ColumnKind.Int64),
            ("b", ColumnKind.Bool),
            ("s", ColumnKind.String),
            ("t", ColumnKind.Timestamp),
            ("day", ColumnKind.Date));

        ((DoubleColumn)table["d"]).Values.Should().Equal(2.5, -1);
        ((Int64Column)table["i"]).Values.Should().Equal(42, -7);
        ((BoolColumn)table["b"]).Values.Should().Equal(true, false);
        ((StringColumn)table["s"]).Values.Should().Equal("hello", "wörld \"q\"");
        ((TimestampColumn)table["t"]).Microseconds.Should().Equal(UnixTime.Microseconds("2026-11-14T08:30:00.25Z"), UnixTime.Microseconds("2026-11-14T00:00:00Z"));
        ((DateColumn)table["day"]).Days.Should().Equal(UnixTime.Days(2026, 11, 14), -1);
    }

    [Fact]
    public void Missing_key_and_json_null_are_null()
    {
        var table = Load("{\"a\":1,\"b\":\"x\"}\n{\"a\":null}\n{\"b\":null}\n", ("a", ColumnKind.Double), ("b", ColumnKind.String));

        table["a"].Valid.Should().Equal(true, false, false);
        table["b"].Valid.Should().Equal(true, false, false);
        ((StringColumn)table["b"]).Values.Should().Equal("x", null, null);
    }

    [Fact]
    public void Empty_string_is_text_in_a_string_column_and_null_elsewhere()
    {
        var table = Load("{\"s\":\"\",\"d\":\"\"}\n", ("s", ColumnKind.String), ("d", ColumnKind.Double));

        ((StringColumn)table["s"]).Values.Should().Equal(string.Empty);
        table["s"].Valid.Should().Equal(true);
        table["d"].Valid.Should().Equal(false);
    }

    [Fact]
    public void Numbers_in_string_columns_keep_their_json_text()
    {
        var table = Load("{\"v\":1.50}\n{\"v\":-2e3}\n{\"v\":7}\n{\"v\":true}\n{\"v\":false}\n", ("v", ColumnKind.String));

        ((StringColumn)table["v"]).Values.Should().Equal("1.50", "-2e3", "7", "true", "false");
    }

    [Fact]
    public void Strings_that_parse_are_read_as_numbers_with_the_invariant_culture()
    {
        var table = Load(
            "{\"d\":\"NaN\",\"i\":\"-12\"}\n{\"d\":\"-Infinity\",\"i\":\"+3\"}\n{\"d\":\"1.5\",\"i\":\"0\"}\n",
            ("d", ColumnKind.Double),
            ("i", ColumnKind.Int64));

        ((DoubleColumn)table["d"]).Values.Should().Equal(double.NaN, double.NegativeInfinity, 1.5);
        ((Int64Column)table["i"]).Values.Should().Equal(-12, 3, 0);
    }

    [Fact]
    public void Integral_numbers_written_with_a_fraction_or_exponent_are_int64()
    {
        var table = Load("{\"i\":3.0}\n{\"i\":1e3}\n{\"i\":-9223372036854775808}\n", ("i", ColumnKind.Int64));

        ((Int64Column)table["i"]).Values.Should().Equal(3, 1000, long.MinValue);
    }

    [Fact]
    public void Number_beyond_the_double_range_is_infinite_as_in_csv()
    {
        var table = Load("{\"d\":1e400}\n{\"d\":-1e400}\n", ("d", ColumnKind.Double));

        ((DoubleColumn)table["d"]).Values.Should().Equal(double.PositiveInfinity, double.NegativeInfinity);
    }

    [Fact]
    public void Blank_lines_crlf_and_a_byte_order_mark_are_accepted()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1}\r\n\r\n   \n{\"a\":2}\r\n\n", byteOrderMark: true);
        var reader = new JsonLinesSnapshotReader(file.Path);

        reader.ReadSchema().Fields.Should().Equal(new SnapshotField("a", null));
        var table = SnapshotTable.Load(reader, [new ColumnRequest("a", ColumnKind.Int64)]);
        ((Int64Column)table["a"]).Values.Should().Equal(1, 2);
    }

    [Fact]
    public void Last_line_needs_no_line_break()
    {
        var table = Load("{\"a\":1}\n{\"a\":2}", ("a", ColumnKind.Int64));

        ((Int64Column)table["a"]).Values.Should().Equal(1, 2);
    }

    [Fact]
    public void Nested_values_in_columns_not_requested_are_ignored()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"meta\":{\"x\":[1,2,{\"y\":null}]},\"a\":1,\"list\":[1,2]}\n");

        var batch = new JsonLinesSnapshotReader(file.Path).ReadBatches([new ColumnRequest("a", ColumnKind.Int64)]).Single();

        batch.Columns.Should().ContainSingle();
        ((Int64Column)batch["a"]).Values.Should().Equal(1);
    }

    [Fact]
    public void Only_requested_columns_are_read_in_request_order()
    {
        using var file = TemporaryFile.WithText(".jsonl", "{\"a\":1,\"junk\":\"x\",\"c\":2.5}\n");

        var batch = new JsonLinesSnapshotReader(file.Path)
            .ReadBatches([new ColumnRequest("c", ColumnKind.Double), new ColumnRequest("a", ColumnKind.Int64)])
            .Single();

        batch.Columns.Select(c => c.Name).Should().Equal("c", "a");
    }

    [Fact]
    public void Empty_file_has_no_columns_and_no_rows()
    {
        using var file = TemporaryFile.WithText(".jsonl", string.Empty);
        var reader = new JsonLinesSnapshotReader(file.Path);

        reader.ReadSchema().Fields.Should().BeEmpty();
        SnapshotTable.Load(reader, []).RowCount.Should().Be(0);
    }

    [Fact]
    public void Files_longer_than_a_batch_are_read_in_batches_of_65536_rows()
    {
        const int rows = 70_000;
        var content = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            content.Append("{\"id\":").Append(i.ToString(CultureInfo.InvariantCulture));
            if (i % 2 == 0)
            {
                content.Append(",\"v\":").Append((i / 4.0).ToString("R", CultureInfo.InvariantCulture));
            }

            content.Append("}\n");
        }

        using var file = TemporaryFile.WithText(".jsonl", content.ToString());
        var requests = new[] { new ColumnRequest("id", ColumnKind.Int64), new ColumnRequest("v", ColumnKind.Double) };
        var reader = new JsonLinesSnapshotReader(file.Path);
        var progress = new RecordingProgress();

        reader.ReadBatches(requests, progress).Select(b => b.RowCount).Should().Equal(65_536, 4_464);
        progress.Values.Should().BeInAscendingOrder().And.HaveCount(3);
        progress.Values[^1].Should().Be(1);

        var table = SnapshotTable.Load(reader, requests);
        var ids = ((Int64Column)table["id"]).Values;
        var values = (DoubleColumn)table["v"];
        foreach (var i in new[] { 0, 65_535, 65_536, rows - 1 })
        {
            ids[i].Should().Be(i);
            values.Valid[i].Should().Be(i % 2 == 0);
            values.Values[i].Should().Be(i % 2 == 0 ? i / 4.0 : 0);
        }
    }

    private static SnapshotTable Load(string content, params (string Name, ColumnKind Kind)[] columns) =>
        TextSnapshot.Load(".jsonl", content, path => new JsonLinesSnapshotReader(path), columns);
}
