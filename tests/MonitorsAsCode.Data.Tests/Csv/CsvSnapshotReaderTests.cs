using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Snapshots;

namespace MonitorsAsCode.Data.Tests.Csv;

// German culture writes 1,5 for one and a half: any culture-sensitive parse would fail here.
[UseCulture("de-DE")]
public sealed class CsvSnapshotReaderTests
{
    [Fact]
    public void Tests_run_under_a_culture_with_a_decimal_comma()
    {
        CultureInfo.CurrentCulture.Name.Should().Be("de-DE");
        double.Parse("1.5", CultureInfo.CurrentCulture).Should().Be(15, "the trap the readers must avoid is live");
    }

    [Fact]
    public void Decimal_point_is_a_dot_whatever_the_current_culture()
    {
        var table = Load("x\n1.5\n-0.25\n1e3\n", ("x", ColumnKind.Double));

        Doubles(table, "x").Should().Equal(1.5, -0.25, 1000);
    }

    [Fact]
    public void Schema_is_the_header_in_file_order_without_kinds()
    {
        using var file = TemporaryFile.WithText(".csv", "b,a,\"c,d\"\n1,2,3\n");

        var schema = new CsvSnapshotReader(file.Path).ReadSchema();

        schema.Fields.Should().Equal(new SnapshotField("b", null), new SnapshotField("a", null), new SnapshotField("c,d", null));
    }

    [Fact]
    public void Every_kind_is_cast_from_its_text()
    {
        var table = Load(
            "d,i,b,s,t,day\n2.5,42,true,hello,2026-11-14T08:30:00Z,2026-11-14\n-1,-7,0,world,2026-11-14T10:30:00+02:00,1969-12-31\n",
            ("d", ColumnKind.Double),
            ("i", ColumnKind.Int64),
            ("b", ColumnKind.Bool),
            ("s", ColumnKind.String),
            ("t", ColumnKind.Timestamp),
            ("day", ColumnKind.Date));

        table.RowCount.Should().Be(2);
        Doubles(table, "d").Should().Equal(2.5, -1);
        ((Int64Column)table["i"]).Values.Should().Equal(42, -7);
        ((BoolColumn)table["b"]).Values.Should().Equal(true, false);
        ((StringColumn)table["s"]).Values.Should().Equal("hello", "world");
        var instant = UnixTime.Microseconds("2026-11-14T08:30:00Z");
        ((TimestampColumn)table["t"]).Microseconds.Should().Equal(instant, instant);
        ((DateColumn)table["day"]).Days.Should().Equal(UnixTime.Days(2026, 11, 14), -1);
    }

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("nan", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+INF", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("1.5", 1.5)]
    [InlineData("-2.5E-3", -0.0025)]
    [InlineData("+7", 7)]
    [InlineData(" 3.25 ", 3.25)]
    public void Doubles_accept_invariant_numbers_and_non_finite_words(string text, double expected)
    {
        var table = Load("x\n\"" + text + "\"\n", ("x", ColumnKind.Double));

        Doubles(table, "x")[0].Should().Be(expected);
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("+42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Int64_accepts_signed_whole_numbers(string text, long expected)
    {
        var table = Load("x\n" + text + "\n", ("x", ColumnKind.Int64));

        ((Int64Column)table["x"]).Values.Should().Equal(expected);
    }

    [Fact]
    public void Bool_accepts_true_false_one_and_zero_in_any_case()
    {
        var table = Load("x\ntrue\nFALSE\nTrue\n1\n0\n", ("x", ColumnKind.Bool));

        ((BoolColumn)table["x"]).Values.Should().Equal(true, false, true, true, false);
        table["x"].NullCount.Should().Be(0);
    }

    [Theory]
    [InlineData("2026-11-14T08:30:00Z", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14t08:30:00z", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T10:30:00+02:00", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T03:00:00-05:30", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T10:30:00+0200", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T08:30:00", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14 08:30:00", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T08:30Z", "2026-11-14T08:30:00Z")]
    [InlineData("2026-11-14T08:30:00.5Z", "2026-11-14T08:30:00.5Z")]
    [InlineData("2026-11-14T08:30:00.123456Z", "2026-11-14T08:30:00.123456Z")]
    [InlineData("2026-11-14T08:30:00.1234569Z", "2026-11-14T08:30:00.123456Z")]
    [InlineData("2026-11-14T10:30:00.250+02:00", "2026-11-14T08:30:00.25Z")]
    [InlineData("2026-11-14", "2026-11-14T00:00:00Z")]
    [InlineData("1969-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.999999Z")]
    public void Timestamps_are_iso_8601_instants_in_utc_microseconds(string text, string sameInstant)
    {
        var table = Load("t\n" + text + "\n", ("t", ColumnKind.Timestamp));

        ((TimestampColumn)table["t"]).Microseconds.Should().Equal(UnixTime.Microseconds(sameInstant));
    }

    [Fact]
    public void Dates_are_days_since_the_unix_epoch()
    {
        var table = Load("d\n1970-01-01\n2026-11-14\n1969-12-31\n2024-02-29\n", ("d", ColumnKind.Date));

        ((DateColumn)table["d"]).Days.Should().Equal(0, UnixTime.Days(2026, 11, 14), -1, UnixTime.Days(2024, 2, 29));
    }

    [Fact]
    public void Quoted_fields_hold_commas_line_breaks_and_doubled_quotes()
    {
        var table = Load(
            "id,note\n1,\"a, b\"\n2,\"line one\nline two\"\n3,\"she said \"\"hi\"\"\"\n4,\"\"\"\"\n",
            ("id", ColumnKind.Int64),
            ("note", ColumnKind.String));

        ((Int64Column)table["id"]).Values.Should().Equal(1, 2, 3, 4);
        ((StringColumn)table["note"]).Values.Should().Equal("a, b", "line one\nline two", "she said \"hi\"", "\"");
    }

    [Fact]
    public void Crlf_line_ends_are_not_part_of_the_values()
    {
        var table = Load("a,b\r\n1,x\r\n2,\"y\r\nz\"\r\n", ("a", ColumnKind.Int64), ("b", ColumnKind.String));

        ((Int64Column)table["a"]).Values.Should().Equal(1, 2);
        ((StringColumn)table["b"]).Values.Should().Equal("x", "y\r\nz");
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_first_column_name()
    {
        using var file = TemporaryFile.WithText(".csv", "score,label\n0.5,cat\n", byteOrderMark: true);
        var reader = new CsvSnapshotReader(file.Path);

        reader.ReadSchema().Fields[0].Name.Should().Be("score");
        Doubles(SnapshotTable.Load(reader, [new ColumnRequest("score", ColumnKind.Double)]), "score").Should().Equal(0.5);
    }

    [Fact]
    public void Non_ascii_text_is_read_as_utf8()
    {
        var table = Load("city\nMünchen\n東京\n", ("city", ColumnKind.String));

        ((StringColumn)table["city"]).Values.Should().Equal("München", "東京");
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4")]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r\n1,2\r\n3,4")]
    public void Final_line_break_is_optional(string content)
    {
        var table = Load(content, ("a", ColumnKind.Int64), ("b", ColumnKind.Int64));

        ((Int64Column)table["b"]).Values.Should().Equal(2, 4);
    }

    [Fact]
    public void Unquoted_empty_field_is_null_and_quoted_empty_field_is_an_empty_string()
    {
        var table = Load(
            "s,d\n,\n\"\",\"\"\nx,1\n",
            ("s", ColumnKind.String),
            ("d", ColumnKind.Double));

        var text = (StringColumn)table["s"];
        text.Valid.Should().Equal(false, true, true);
        text.Values.Should().Equal(null, string.Empty, "x");
        table["d"].Valid.Should().Equal(false, false, true);
        Doubles(table, "d")[2].Should().Be(1);
    }

    [Fact]
    public void Empty_last_field_of_the_last_line_is_null()
    {
        var table = Load("a,b\n1,", ("a", ColumnKind.Int64), ("b", ColumnKind.Int64));

        table.RowCount.Should().Be(1);
        table["b"].Valid.Should().Equal(false);
    }

    [Fact]
    public void Header_only_file_has_no_rows()
    {
        using var file = TemporaryFile.WithText(".csv", "a,b\n");
        var reader = new CsvSnapshotReader(file.Path);

        reader.ReadBatches([new ColumnRequest("a", ColumnKind.Double)]).Should().BeEmpty();
        var table = SnapshotTable.Load(reader, [new ColumnRequest("a", ColumnKind.Double)]);
        table.RowCount.Should().Be(0);
        table["a"].Length.Should().Be(0);
    }

    [Fact]
    public void Empty_lines_are_skipped_when_the_file_has_several_columns()
    {
        var table = Load("a,b\n1,2\n\n3,4\n\n", ("a", ColumnKind.Int64));

        ((Int64Column)table["a"]).Values.Should().Equal(1, 3);
    }

    [Fact]
    public void Empty_line_in_a_one_column_file_is_a_null()
    {
        var table = Load("a\n1\n\n3\n", ("a", ColumnKind.Int64));

        table["a"].Valid.Should().Equal(true, false, true);
    }

    [Fact]
    public void Only_requested_columns_are_read_in_request_order()
    {
        using var file = TemporaryFile.WithText(".csv", "a,junk,b,c\n1,not a number,x,2.5\n2,??,y,3.5\n");

        var batches = new CsvSnapshotReader(file.Path)
            .ReadBatches([new ColumnRequest("c", ColumnKind.Double), new ColumnRequest("a", ColumnKind.Int64)])
            .ToList();

        batches.Should().ContainSingle();
        var columns = batches[0].Columns;
        columns.Select(c => c.Name).Should().Equal("c", "a");
        ((DoubleColumn)columns[0]).Values.Should().Equal(2.5, 3.5);
        ((Int64Column)columns[1]).Values.Should().Equal(1, 2);
    }

    [Fact]
    public void Same_column_can_be_requested_as_two_kinds()
    {
        using var file = TemporaryFile.WithText(".csv", "v\n1\n");

        var batch = new CsvSnapshotReader(file.Path)
            .ReadBatches([new ColumnRequest("v", ColumnKind.String), new ColumnRequest("v", ColumnKind.Int64)])
            .Single();

        ((StringColumn)batch.Columns[0]).Values.Should().Equal("1");
        ((Int64Column)batch.Columns[1]).Values.Should().Equal(1);
    }

    [Fact]
    public void Files_longer_than_a_batch_are_read_in_batches_of_65536_rows()
    {
        const int rows = 150_000;
        var content = new StringBuilder("id,value,label\n");
        for (var i = 0; i < rows; i++)
        {
            content.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append((i * 0.5).ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(i % 3 == 0 ? string.Empty : "\"l," + (i % 7).ToString(CultureInfo.InvariantCulture) + "\"").Append('\n');
        }

        using var file = TemporaryFile.WithText(".csv", content.ToString());
        var requests = new[] { new ColumnRequest("id", ColumnKind.Int64), new ColumnRequest("value", ColumnKind.Double), new ColumnRequest("label", ColumnKind.String) };
        var reader = new CsvSnapshotReader(file.Path);

        reader.ReadBatches(requests).Select(b => b.RowCount).Should().Equal(65_536, 65_536, 18_928);

        var table = SnapshotTable.Load(reader, requests);
        table.RowCount.Should().Be(rows);
        var ids = ((Int64Column)table["id"]).Values;
        var values = ((DoubleColumn)table["value"]).Values;
        var labels = (StringColumn)table["label"];
        foreach (var i in new[] { 0, 65_535, 65_536, 65_537, 131_071, 131_072, rows - 1 })
        {
            ids[i].Should().Be(i);
            values[i].Should().Be(i * 0.5);
            labels.Valid[i].Should().Be(i % 3 != 0);
            labels.Values[i].Should().Be(i % 3 == 0 ? null : "l," + (i % 7).ToString(CultureInfo.InvariantCulture));
        }

        labels.NullCount.Should().Be(50_000);
    }

    [Fact]
    public void Progress_rises_to_one_as_the_file_is_read()
    {
        var content = new StringBuilder("x\n");
        for (var i = 0; i < 200_000; i++)
        {
            content.Append("12345\n");
        }

        using var file = TemporaryFile.WithText(".csv", content.ToString());
        var progress = new RecordingProgress();

        new CsvSnapshotReader(file.Path).ReadBatches([new ColumnRequest("x", ColumnKind.Int64)], progress).ToList();

        progress.Values.Should().HaveCountGreaterThan(2).And.BeInAscendingOrder();
        progress.Values[0].Should().BeGreaterThan(0).And.BeLessThan(1);
        progress.Values[^1].Should().Be(1);
    }

    [Fact]
    public void Cancellation_stops_the_read()
    {
        using var file = TemporaryFile.WithText(".csv", "x\n1\n2\n");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var read = () => new CsvSnapshotReader(file.Path).ReadBatches([new ColumnRequest("x", ColumnKind.Int64)], null, cancellation.Token).ToList();

        read.Should().Throw<OperationCanceledException>();
    }

    private static SnapshotTable Load(string content, params (string Name, ColumnKind Kind)[] columns) =>
        TextSnapshot.Load(".csv", content, path => new CsvSnapshotReader(path), columns);

    private static double[] Doubles(SnapshotTable table, string name) => ((DoubleColumn)table[name]).Values;
}
