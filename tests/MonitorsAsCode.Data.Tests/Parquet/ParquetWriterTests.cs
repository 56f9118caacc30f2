using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// The writer against an independent reader: <c>Expected/writer_sample.parquet</c> is what the writer
/// makes of <see cref="ParquetWriterSample"/>, and <c>writer_sample_expect.csv</c> is what DuckDB
/// 1.5.6 read from that file (values and column-chunk statistics; the .mjs script beside it says how).
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetWriterTests
{
    private static readonly string ExpectedFolder = Path.Combine(AppContext.BaseDirectory, "Parquet", "Expected");

    [Theory]
    [InlineData("writer_sample.parquet")]
    [InlineData("writer_sample_snappy.parquet")]
    public void Sample_is_written_byte_for_byte_as_the_file_duckdb_read(string file)
    {
        var bytes = ParquetWriter.ToBytes(ParquetWriterSample.Columns(), ParquetWriterSample.OptionsFor(file));
        if (Environment.GetEnvironmentVariable("PARQUET_WRITER_UPDATE_SAMPLE") == "1")
        {
            File.WriteAllBytes(Path.Combine(ParquetFixtures.RepositoryRoot, "tests", "MonitorsAsCode.Data.Tests", "Parquet", "Expected", file), bytes);
        }

        bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(ExpectedFolder, file))).Should().BeTrue(
            "the committed sample must be what the writer writes; after an intended change run this test with PARQUET_WRITER_UPDATE_SAMPLE=1, then re-run Expected/writer_sample_expect.mjs with DuckDB");
        ParquetWriter.ToBytes(ParquetWriterSample.Columns(), ParquetWriterSample.OptionsFor(file)).Should().Equal(bytes, "the same columns give the same bytes");
    }

    [Fact]
    public void Snappy_sample_is_smaller_and_says_so_in_its_footer()
    {
        var plain = new FileInfo(Path.Combine(ExpectedFolder, "writer_sample.parquet")).Length;
        var snappy = File.ReadAllBytes(Path.Combine(ExpectedFolder, "writer_sample_snappy.parquet"));

        snappy.Length.Should().BeLessThan((int)plain);
        using var handle = File.OpenHandle(Path.Combine(ExpectedFolder, "writer_sample_snappy.parquet"));
        ParquetFooter.Read(handle, "sample").MetaData.RowGroups.SelectMany(g => g.Columns).Should().OnlyContain(c => c.MetaData!.Codec == CompressionCodec.Snappy);
    }

    [Theory]
    [InlineData("writer_sample.parquet")]
    [InlineData("writer_sample_snappy.parquet")]
    public void Our_reader_reads_every_value_duckdb_read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(ExpectedFolder, "writer_sample_expect.csv"));
        var expected = ParquetFixtures.ReadCsv(Path.Combine(ExpectedFolder, "writer_sample_expect.csv")).Where(r => r[0] is null || !r[0]!.StartsWith('#')).Skip(1).ToList();
        var table = ParquetFixtures.LoadAll(Path.Combine(ExpectedFolder, file));

        lines.Should().Contain(l => l.StartsWith("# DuckDB v1.5.6", StringComparison.Ordinal));
        expected.Should().HaveCount(ParquetWriterSample.Rows);
        table.RowCount.Should().Be(ParquetWriterSample.Rows);
        for (var row = 0; row < expected.Count; row++)
        {
            var e = expected[row];
            Cell(table["d"], row, e[0], text => Bits(text).Should().Be(Bits(((DoubleColumn)table["d"]).Values[row]), "d row {0}", row));
            Cell(table["n"], row, e[1], text => ((Int64Column)table["n"]).Values[row].Should().Be(long.Parse(text, CultureInfo.InvariantCulture)));
            Cell(table["b"], row, e[2], text => ((BoolColumn)table["b"]).Values[row].Should().Be(text == "true"));
            Cell(table["s"], row, e[3], text => ((StringColumn)table["s"]).Values[row].Should().Be(text));
            Cell(table["u"], row, e[4], text => ((StringColumn)table["u"]).Values[row].Should().Be(text));
            Cell(table["t"], row, e[5], text => ((TimestampColumn)table["t"]).Microseconds[row].Should().Be(long.Parse(text, CultureInfo.InvariantCulture)));
            Cell(table["dt"], row, e[6], text => ((DateColumn)table["dt"]).Days[row].Should().Be(int.Parse(text, CultureInfo.InvariantCulture)));
        }

        table.Schema.Fields.Select(f => (f.Name, f.Kind)).Should().Equal(
            ("d", ColumnKind.Double), ("n", ColumnKind.Int64), ("b", ColumnKind.Bool), ("s", ColumnKind.String),
            ("u", ColumnKind.String), ("t", ColumnKind.Timestamp), ("dt", ColumnKind.Date));
    }

    [Fact]
    public void Statistics_duckdb_reads_are_each_row_groups_true_null_counts_and_ranges()
    {
        var stats = File.ReadAllLines(Path.Combine(ExpectedFolder, "writer_sample_expect.csv"))
            .Where(l => l.StartsWith("#stats,", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .ToList();
        var columns = ParquetWriterSample.Columns();

        stats.Should().HaveCount(2 * columns.Length);
        foreach (var s in stats)
        {
            var group = int.Parse(s[1], CultureInfo.InvariantCulture);
            var column = columns.Single(c => c.Name == s[2]);
            var rows = Enumerable.Range(group * 25, group == 0 ? 25 : ParquetWriterSample.Rows - 25).Where(r => column.Valid[r]).ToList();
            long.Parse(s[3], CultureInfo.InvariantCulture).Should().Be((group == 0 ? 25 : 15) - rows.Count, "{0} null count in row group {1}", s[2], group);
            var (min, max) = column switch
            {
                DoubleColumn d => Range(rows.Select(r => d.Values[r]).Where(v => !double.IsNaN(v)).Select(v => v == 0 ? 0.0 : v)),
                Int64Column n => Range(rows.Select(r => n.Values[r])),
                BoolColumn b => Range(rows.Select(r => b.Values[r])),
                StringColumn t => Range(rows.Select(r => t.Values[r]!), StringComparer.Ordinal),
                TimestampColumn t => Range(rows.Select(r => t.Microseconds[r])),
                DateColumn t => Range(rows.Select(r => t.Days[r])),
                _ => throw new InvalidOperationException(),
            };
            if (column is DoubleColumn && s[4].Length == 0 && min is double.NegativeInfinity)
            {
                // DuckDB shows no range for a double chunk holding an infinity.
                continue;
            }

            Normalise(column, s[4]).Should().Be(Text(column, min), "{0} min in row group {1}", s[2], group);
            Normalise(column, s[5]).Should().Be(Text(column, max), "{0} max in row group {1}", s[2], group);
        }
    }

    [Fact]
    public void Empty_columns_make_a_readable_file_with_no_rows()
    {
        using var file = TemporaryFile.WithBytes(".parquet", ParquetWriter.ToBytes([new DoubleColumn("x", [], []), new StringColumn("s", [], [])]));

        var table = ParquetFixtures.LoadAll(file.Path);

        table.RowCount.Should().Be(0);
        table.Schema.Fields.Select(f => f.Name).Should().Equal("x", "s");
    }

    [Fact]
    public void Write_file_leaves_no_temporary_file_and_reads_back()
    {
        var folder = Directory.CreateTempSubdirectory("parquet-writer-");
        try
        {
            var path = Path.Combine(folder.FullName, "x.parquet");
            ParquetWriter.WriteFile(path, ParquetWriterSample.Columns(), ParquetWriterSample.Options);

            Directory.GetFiles(folder.FullName).Select(Path.GetFileName).Should().Equal("x.parquet");
            SnapshotTable.Load(new ParquetSnapshotReader(path), [new("u", ColumnKind.String)]).RowCount.Should().Be(ParquetWriterSample.Rows);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bad_columns_are_refused_with_the_column_named()
    {
        var unequal = () => ParquetWriter.ToBytes([new Int64Column("a", [1, 2], [true, true]), new Int64Column("b", [1], [true])]);
        var duplicate = () => ParquetWriter.ToBytes([new Int64Column("a", [1], [true]), new Int64Column("a", [1], [true])]);
        var nullInRequired = () => ParquetWriter.ToBytes([new Int64Column("a", [1, 0], [true, false])], new ParquetWriterOptions { RequiredColumns = new HashSet<string> { "a" } });
        var none = () => ParquetWriter.ToBytes([]);

        unequal.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'b' has 1 rows but 'a' has 2");
        duplicate.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'a'");
        nullInRequired.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'a' is required but holds nulls");
        none.Should().Throw<ArgumentException>();
    }

    // DuckDB writes NaN as "nan" or "-nan" by its sign bit; every NaN counts as one value here.
    private static long Bits(string text) => Bits(text.EndsWith("nan", StringComparison.Ordinal) ? double.NaN : Double(text));

    private static long Bits(double value) => double.IsNaN(value) ? long.MinValue : BitConverter.DoubleToInt64Bits(value);

    private static double Double(string text) => double.Parse(text.Replace("inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static void Cell(Column column, int row, string? expected, Action<string> check)
    {
        column.Valid[row].Should().Be(expected is not null, "{0} row {1} is null in DuckDB's reading exactly when it is null in ours", column.Name, row);
        if (expected is not null)
        {
            check(expected);
        }
    }

    private static (object? Min, object? Max) Range<T>(IEnumerable<T> values, IComparer<T>? comparer = null)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return (null, null);
        }

        list.Sort(comparer ?? Comparer<T>.Default);
        return (list[0], list[^1]);
    }

    private static string? Text(Column column, object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l when column is TimestampColumn => l.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // DuckDB prints statistics in its own text: doubles as "-0.0"/"inf", timestamps and dates as dates.
    private static string? Normalise(Column column, string? text) => text is null or "" ? null : column switch
    {
        StringColumn when text == "\"\"" => string.Empty,
        DoubleColumn => double.Parse(text.Replace("inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture) is var d && d == 0 ? "0" : double.Parse(text.Replace("inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        TimestampColumn => ((DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture),
        DateColumn => (DateOnly.Parse(text, CultureInfo.InvariantCulture).DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToString(CultureInfo.InvariantCulture),
        _ => text,
    };
}
